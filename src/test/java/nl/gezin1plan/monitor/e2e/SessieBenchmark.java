package nl.gezin1plan.monitor.e2e;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Benchmark, not a test: it prints figures and asserts nothing about speed. Run with
 * {@code ./mvnw test -Dtest=SessieBenchmark -Dsurefire.failIfNoSpecifiedTests=false}.
 * <ul>
 * <li>Time from submitting the login form to the agendahouder's dashboard being ready in Chromium (heading shown and
 * every chart drawn), median of 10 fresh browser sessions.</li>
 * <li>Server heap per logged-in session: 100 browser sessions log in as the agendahouder and keep the dashboard open;
 * the heap in use after a full collection, before and after, divided by 100.</li>
 * </ul>
 */
class SessieBenchmark extends BrowserIT {

    private static final int KEER = 10;
    private static final int SESSIES = 100;

    @Test
    void figures() throws Exception {
        opDashboard(pagina);
        long[] tijden = new long[KEER];
        for (int i = 0; i < KEER; i++) {
            try (BrowserContext sessie = nieuweContext()) {
                Page pagina = sessie.newPage();
                tijden[i] = opDashboard(pagina);
            }
        }
        Arrays.sort(tijden);
        System.out.printf("SESSIE-BENCHMARK inloggen tot dashboard klaar (agendahouder, Chromium): mediaan %d ms "
                + "(min %d, max %d, %d keer)%n", (tijden[KEER / 2 - 1] + tijden[KEER / 2]) / 2, tijden[0], tijden[KEER - 1], KEER);

        long voor = heapNaGc();
        List<BrowserContext> open = new ArrayList<>();
        for (int i = 0; i < SESSIES; i++) {
            BrowserContext sessie = nieuweContext();
            opDashboard(sessie.newPage());
            open.add(sessie);
        }
        long na = heapNaGc();
        System.out.printf("SESSIE-BENCHMARK serverheap per ingelogde sessie op het dashboard: %d KB "
                + "(%d sessies open; heap %d MB ervoor, %d MB erna)%n", (na - voor) / 1024 / SESSIES, SESSIES,
                voor / 1_048_576, na / 1_048_576);
        for (BrowserContext sessie : open) {
            sessie.close();
        }
    }

    private BrowserContext nieuweContext() {
        return pagina.context().browser().newContext(new Browser.NewContextOptions().setViewportSize(1400, 1000)
                .setLocale("nl-NL"));
    }

    /** Logs in as the agendahouder and waits for the dashboard; returns the time from submitting, in ms. */
    private long opDashboard(Page pagina) {
        pagina.setDefaultTimeout(30_000);
        pagina.navigate(url("login"));
        pagina.getByLabel("Gebruikersnaam").fill("agendahouder");
        pagina.getByLabel("Wachtwoord").fill("demo");
        long start = System.nanoTime();
        pagina.locator("vaadin-button[slot='submit'], vaadin-login-form vaadin-button").first().click();
        pagina.locator("main.dashboard h1").first().waitFor();
        pagina.waitForFunction("() => { const g = document.querySelectorAll('.grafiek-vlak');"
                + " return g.length > 0 && [...g].every(x => x.$grafiek); }");
        return (System.nanoTime() - start) / 1_000_000;
    }

    private static long heapNaGc() throws InterruptedException {
        var geheugen = ManagementFactory.getMemoryMXBean();
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(300);
        }
        return geheugen.getHeapMemoryUsage().getUsed();
    }
}
