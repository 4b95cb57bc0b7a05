package nl.gezin1plan.monitor.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.AriaRole;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.test.context.ContextConfiguration;

/**
 * Faults and bad input in a real browser. The application reaches PostgreSQL through a proxy this test cuts while a
 * user is editing: the user is told in plain words, keeps what they typed, and can save once the database is back.
 * No mock: the real connections break. Text takes any Unicode, too long is refused with a message, and markup
 * typed by a user is shown as text, never rendered.
 */
@ContextConfiguration(initializers = FoutenEnInvoerIT.ViaProxy.class)
class FoutenEnInvoerIT extends BrowserIT {

    static TcpProxy proxy;

    /**
     * Points the application at a proxy in front of the test database that PostgresTestDatabase set up (it runs
     * first); getting a connection gives up after 3 seconds.
     */
    static class ViaProxy implements ApplicationContextInitializer<ConfigurableApplicationContext> {
        @Override
        public void initialize(ConfigurableApplicationContext context) {
            String url = context.getEnvironment().getRequiredProperty("spring.datasource.url");
            Matcher delen = Pattern.compile("jdbc:postgresql://([^:/]+):(\\d+)/(.+)").matcher(url);
            if (!delen.matches()) {
                throw new IllegalStateException("Onverwachte database-URL " + url);
            }
            try {
                proxy = new TcpProxy(delen.group(1), Integer.parseInt(delen.group(2)));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("via-proxy", Map.of(
                    "spring.datasource.url", "jdbc:postgresql://127.0.0.1:" + proxy.poort() + "/" + delen.group(3),
                    "spring.datasource.hikari.connection-timeout", "3000")));
        }
    }

    @AfterEach
    void herstel() {
        proxy.herstel();
    }

    @Test
    void whenTheDatabaseGoesAwayMidEditTheUserIsToldKeepsTheirInputAndSavesOnceItIsBack() {
        Locator bewerken = openItemVanLeiden(5);
        Locator dialoog = pagina.getByRole(AriaRole.DIALOG);
        String actie = "Werkgroep één keer per maand — Zoë, Ülkü en 李 plannen";
        dialoog.getByLabel("Geplande actie").fill(actie);

        proxy.verbreek();
        dialoog.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Opslaan")).click();

        assertThat(melding("de database is even niet bereikbaar")).isVisible();
        // Screen readers announce it: the notification card is an alert.
        assertThat(melding("de database is even niet bereikbaar")).hasAttribute("role", "alert");
        assertThat(dialoog.getByLabel("Geplande actie")).isVisible();
        assertThat(dialoog.getByLabel("Geplande actie")).hasValue(actie);

        proxy.herstel();
        dialoog.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Opslaan")).click();

        assertThat(pagina.locator("vaadin-notification-card").filter(new Locator.FilterOptions()
                .setHasText(Pattern.compile("^Item A\\d+ opgeslagen")))).isVisible();
        pagina.reload();
        bewerken.click();
        assertThat(pagina.getByRole(AriaRole.DIALOG).getByLabel("Geplande actie")).hasValue(actie);
    }

    /** Opens the n-th item of Leiden's checklist as its agendahouder; returns the item's edit button. */
    private Locator openItemVanLeiden(int n) {
        logIn("agendahouder", "demo");
        pagina.navigate(url("checklist/gemeente/1?jaar=2026"));
        Locator bewerken = pagina.locator("vaadin-button:has-text('Bewerken')").nth(n);
        bewerken.click();
        return bewerken;
    }

    private Locator melding(String tekst) {
        return pagina.locator("vaadin-notification-card").filter(new Locator.FilterOptions().setHasText(tekst));
    }

    @Test
    void textIsKeptAsTypedTooLongIsRefusedWithAMessageAndMarkupIsNeverRendered() {
        openItemVanLeiden(6);
        Locator dialoog = pagina.getByRole(AriaRole.DIALOG);
        Locator actieVeld = dialoog.getByLabel("Geplande actie");
        String teLang = "é".repeat(2001);
        actieVeld.fill(teLang);
        dialoog.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Opslaan")).click();

        assertThat(dialoog.getByText("Maximaal 2000 tekens; nu 2001.")).isVisible();
        // Announced to screen readers by an alert in the form, and tied to the field as its description.
        assertThat(dialoog.locator(".formulier-melding")).containsText("Controleer de gemarkeerde velden");
        assertThat(dialoog.locator(".formulier-melding")).hasAttribute("role", "alert");
        assertThat(actieVeld).hasAttribute("aria-describedby", Pattern.compile(".*error-message.*"));
        assertThat(actieVeld).hasValue(teLang);

        String opmaak = "<b>vet</b> & Zoë \uD83D\uDE00 <img src=x onerror=\"window.geraakt=1\">";
        actieVeld.fill(opmaak);
        dialoog.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Opslaan")).click();
        assertThat(pagina.locator("vaadin-notification-card").filter(new Locator.FilterOptions()
                .setHasText(Pattern.compile("^Item A\\d+ opgeslagen")))).isVisible();

        Locator cel = pagina.locator("vaadin-grid-cell-content").filter(new Locator.FilterOptions().setHasText("<b>vet</b>"));
        assertThat(cel.first()).isVisible();
        assertThat(pagina.locator("vaadin-grid-cell-content b, vaadin-grid-cell-content img")).hasCount(0);
        assertThat(pagina.evaluate("() => window.geraakt === undefined")).isEqualTo(true);
    }

    @Test
    void anUnknownAddressAndAPageTheRoleMayNotOpenAreDutchPagesWithTheMenuAndAWayBack() {
        logIn("organisatie", "demo");

        Response beheer = pagina.navigate(url("beheer"));
        assertThat(beheer.status()).isEqualTo(403);
        assertThat(pagina.locator("main h1")).hasText("Geen toegang");
        assertThat(hoofdmenu()).containsText("Uitvraag");
        assertThat(ernstigeOvertredingen()).as("geen toegang").isEmpty();
        pagina.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Naar de startpagina")).click();
        pagina.waitForURL(u -> u.endsWith("/uitvraag"));

        Response onbekend = pagina.navigate(url("bestaat-niet"));
        assertThat(onbekend.status()).isEqualTo(404);
        assertThat(pagina.locator("main h1")).hasText("Pagina niet gevonden");
        assertThat(pagina.locator("main p")).containsText("/bestaat-niet");
        assertThat(hoofdmenu()).containsText("Keurmerk");
        assertThat(ernstigeOvertredingen()).as("pagina niet gevonden").isEmpty();

        // A download is no Vaadin page: the servlet's error page answers, in Dutch too.
        Response export = pagina.navigate(url("export/voortgang.csv?jaar=2026"));
        assertThat(export.status()).isEqualTo(403);
        assertThat(pagina.locator("main h1")).hasText("Geen toegang");
        assertThat(pagina.locator("html")).hasAttribute("lang", "nl");
        assertThat(ernstigeOvertredingen()).as("geweigerde download").isEmpty();
        pagina.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Naar de startpagina")).click();
        pagina.waitForURL(u -> u.endsWith("/uitvraag"));
    }

    private Locator hoofdmenu() {
        return pagina.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("Hoofdmenu"));
    }
}
