package nl.gezin1plan.monitor.e2e;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Map;
import nl.gezin1plan.monitor.PostgresTestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInfo;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ContextConfiguration;

/**
 * Starts the app on a random port against the test PostgreSQL and drives Debian's Chromium with Playwright.
 * Screenshots of failing journeys are kept under target/e2e.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = PostgresTestDatabase.class)
abstract class BrowserIT {

    private static Playwright playwright;
    private static Browser browser;

    @LocalServerPort
    int poort;

    BrowserContext context;
    Page pagina;
    /** What the browser refused under our Content-Security-Policy; every journey must end with none. */
    final List<String> cspOvertredingen = new java.util.ArrayList<>();

    @BeforeAll
    static void startBrowser() {
        playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(Paths.get("/usr/bin/chromium"))
                .setArgs(List.of("--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking",
                        "--disable-component-update", "--disable-sync")));
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.close();
        }
        if (playwright != null) {
            playwright.close();
        }
    }

    @BeforeEach
    void nieuweSessie() {
        context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1400, 1000).setLocale("nl-NL"));
        pagina = context.newPage();
        pagina.setDefaultTimeout(20_000);
        pagina.onConsoleMessage(melding -> {
            if (melding.text().contains("Content Security Policy")) {
                cspOvertredingen.add(melding.text());
            }
        });
    }

    @AfterEach
    void geenCspOvertredingen() {
        org.assertj.core.api.Assertions.assertThat(cspOvertredingen).isEmpty();
    }

    @AfterEach
    void bewaarSchermafdruk(TestInfo test) throws Exception {
        Path map = Paths.get("target", "e2e");
        Files.createDirectories(map);
        pagina.screenshot(new Page.ScreenshotOptions().setPath(map.resolve(test.getDisplayName()
                .replaceAll("[^A-Za-z0-9]+", "_") + ".png")).setFullPage(true));
        context.close();
    }

    String url(String pad) {
        return "http://localhost:" + poort + "/" + pad;
    }

    /** Logs in through the real login form, as a person would, and waits for the start page. */
    void logIn(String gebruikersnaam, String wachtwoord) {
        pagina.navigate(url("login"));
        pagina.getByLabel("Gebruikersnaam").fill(gebruikersnaam);
        pagina.getByLabel("Wachtwoord").fill(wachtwoord);
        pagina.locator("vaadin-button[slot='submit'], vaadin-login-form vaadin-button").first().click();
        pagina.waitForURL(u -> !u.contains("/login"));
        pagina.locator("vaadin-app-layout").waitFor();
    }

    /** Waits until the browser has no request to the server open, after an action whose effect is not in view. */
    void wachtOpServer() {
        pagina.waitForFunction("() => Object.values(window.Vaadin.Flow.clients).every(c => !c.isActive())");
    }

    /** Serious and critical WCAG 2.1 A/AA violations on the current page, as "rule: description (n)". */
    List<String> ernstigeOvertredingen() {
        // A drop-down that is still open or closing after an option was picked is not a page anyone reads: axe would
        // judge its half-hidden list. Wait until it is gone (Playwright retries the count), then look.
        com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat(
                pagina.locator("vaadin-select-overlay[opened], [closing]")).hasCount(0);
        // Vaadin's development tools (Copilot) are only there in development mode, never for users.
        AxeResults resultaat = new AxeBuilder(pagina).withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa"))
                .exclude(List.of("copilot-main")).exclude(List.of("vaadin-dev-tools")).analyze();
        List<String> ernstig = resultaat.getViolations().stream()
                .filter(r -> "serious".equals(r.getImpact()) || "critical".equals(r.getImpact()))
                .filter(r -> !isScrollerInVaadinTabs(r))
                .map(BrowserIT::beschrijf).toList();
        legVast(resultaat, ernstig.size());
        return ernstig;
    }

    /**
     * Appends the result of one axe run to target/e2e/toegankelijkheid.csv (new for each run of the tests): page, rules passed, violations by
     * impact and the serious or critical ones left after the documented exception. The accessibility statement
     * in the README is written from this file.
     */
    private static boolean bestandBegonnen;

    private synchronized void legVast(AxeResults resultaat, int ernstig) {
        try {
            Path bestand = Paths.get("target", "e2e", "toegankelijkheid.csv");
            Files.createDirectories(bestand.getParent());
            if (!bestandBegonnen) {
                bestandBegonnen = true;
                Files.writeString(bestand, "pagina;pad;dialoog_open;regels_geslaagd;minor;moderate;serious;critical;"
                        + "ernstig_na_uitzondering\n");
            }
            String pad = pagina.url().replaceFirst("^https?://[^/]+", "");
            boolean dialoog = pagina.locator("vaadin-dialog-overlay[opened]").count() > 0;
            long[] perImpact = new long[4];
            List<String> impacts = List.of("minor", "moderate", "serious", "critical");
            resultaat.getViolations().forEach(r -> {
                int i = impacts.indexOf(r.getImpact());
                if (i >= 0) {
                    perImpact[i]++;
                }
            });
            Files.writeString(bestand, String.join(";", pagina.title().replace(";", ","), pad, dialoog ? "ja" : "nee",
                    String.valueOf(resultaat.getPasses().size()), String.valueOf(perImpact[0]), String.valueOf(perImpact[1]),
                    String.valueOf(perImpact[2]), String.valueOf(perImpact[3]), String.valueOf(ernstig)) + "\n",
                    java.nio.file.StandardOpenOption.APPEND);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /**
     * Vaadin 25.2's tabs keep a scroll container with tabindex="-1" in their shadow DOM between the tablist and its
     * tabs; axe counts it as a child the tablist may not have. The tabs themselves work with arrow keys, and nothing
     * in this app can change Vaadin's shadow DOM, so this one finding is left out.
     */
    private static boolean isScrollerInVaadinTabs(Rule regel) {
        return regel.getId().equals("aria-required-children") && regel.getNodes().stream()
                .allMatch(n -> n.getTarget().toString().equals("[vaadin-tabs]")
                        && n.getFailureSummary().contains("div[tabindex]"));
    }

    private static String beschrijf(Rule regel) {
        return regel.getId() + ": " + regel.getHelp() + " (" + regel.getNodes().size() + "x, bijv. "
                + regel.getNodes().getFirst().getTarget() + ": " + regel.getNodes().getFirst().getFailureSummary() + ")";
    }
}
