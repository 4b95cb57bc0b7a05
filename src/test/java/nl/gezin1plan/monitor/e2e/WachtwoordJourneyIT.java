package nl.gezin1plan.monitor.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The demo respondent forgets their password, sets a new one through the link in the e-mail, and logs in with it. */
class WachtwoordJourneyIT extends BrowserIT {

    private static final String NIEUW = "Zonnebloemen langs het Rijn-Schiekanaal";
    private static final String NIEUWER = "Reigers in de polder bij Hazerswoude";
    private static final Pattern LINK = Pattern.compile("/(wachtwoord-herstellen/[A-Za-z0-9_-]{43})");

    @Autowired
    JdbcTemplate jdbc;

    private String oudeHash;

    @BeforeEach
    void bewaarWachtwoord() {
        oudeHash = jdbc.queryForObject("select wachtwoord_hash from gebruiker where gebruikersnaam = 'organisatie'",
                String.class);
    }

    /** The other journeys log in as the demo respondent with "demo". */
    @AfterEach
    void zetWachtwoordTerug() {
        jdbc.update("update gebruiker set wachtwoord_hash = ? where gebruikersnaam = 'organisatie'", oudeHash);
    }

    @Test
    void forgottenPasswordLinkFromTheOutboxSetsANewPasswordThatLogsIn() {
        pagina.navigate(url("login"));
        pagina.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Wachtwoord vergeten?")).click();
        pagina.waitForURL(u -> u.endsWith("/wachtwoord-vergeten"));
        assertThat(pagina.locator("h1")).hasText("Wachtwoord vergeten");
        assertThat(ernstigeOvertredingen()).isEmpty();

        pagina.getByLabel("Gebruikersnaam of e-mailadres").fill("organisatie");
        pagina.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Stuur mij een link")).click();
        assertThat(pagina.getByRole(AriaRole.STATUS)).containsText("Als dit account bestaat, ontvangt u binnen enkele minuten een e-mail");
        assertThat(ernstigeOvertredingen()).isEmpty();

        String link = linkUitDeOutbox();
        pagina.navigate(url(link));
        assertThat(pagina.locator("h1")).hasText("Nieuw wachtwoord instellen");
        assertThat(ernstigeOvertredingen()).isEmpty();
        vulWachtwoordIn("demodemo", "demodemo");
        assertThat(pagina.locator("vaadin-password-field[invalid]")).containsText("minstens 12 tekens");
        vulWachtwoordIn(NIEUW, NIEUW);
        assertThat(pagina.locator("h1")).hasText("Uw wachtwoord is gewijzigd");
        assertThat(ernstigeOvertredingen()).isEmpty();

        pagina.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Naar inloggen")).click();
        logIn("organisatie", NIEUW);
        assertThat(pagina.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Mijn account")))
                .hasAttribute("href", "account");
        pagina.navigate(url("account"));
        assertThat(pagina.locator("main h1")).hasText("Mijn account");
        assertThat(pagina.locator("main")).containsText("gebruikersnaam organisatie");
        assertThat(ernstigeOvertredingen()).isEmpty();

        BrowserContext elders = context.browser().newContext(new Browser.NewContextOptions().setLocale("nl-NL"));
        Page andereSessie = logInIn(elders, "organisatie", NIEUW);
        pagina.getByLabel("Huidig wachtwoord", new Page.GetByLabelOptions().setExact(true)).fill(NIEUW);
        pagina.getByLabel("Nieuw wachtwoord", new Page.GetByLabelOptions().setExact(true)).fill(NIEUWER);
        pagina.getByLabel("Herhaal het nieuwe wachtwoord", new Page.GetByLabelOptions().setExact(true)).fill(NIEUWER);
        pagina.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Wachtwoord wijzigen")).click();
        assertThat(pagina.locator("vaadin-notification-card")).containsText("Uw wachtwoord is gewijzigd");
        // This session stays, the one elsewhere has ended.
        pagina.navigate(url("uitvraag?jaar=2026"));
        assertThat(pagina.locator("main h1").first()).containsText("Uitvraag 2026");
        andereSessie.navigate(url("uitvraag?jaar=2026"));
        andereSessie.waitForURL(u -> u.contains("/login"));
        elders.close();

        pagina.navigate(url(link));
        assertThat(pagina.locator("h1")).hasText("Deze link werkt niet meer");
        assertThat(pagina.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Nieuwe link aanvragen"))).isVisible();
        assertThat(ernstigeOvertredingen()).isEmpty();
    }

    /** Logs in in another browser, as the same person would on a second computer. */
    private Page logInIn(BrowserContext browser, String gebruikersnaam, String wachtwoord) {
        Page andere = browser.newPage();
        andere.navigate(url("login"));
        andere.getByLabel("Gebruikersnaam").fill(gebruikersnaam);
        andere.getByLabel("Wachtwoord").fill(wachtwoord);
        andere.locator("vaadin-login-form vaadin-button").first().click();
        andere.waitForURL(u -> !u.contains("/login"));
        andere.locator("vaadin-app-layout").waitFor();
        return andere;
    }

    private void vulWachtwoordIn(String wachtwoord, String herhaling) {
        pagina.getByLabel("Nieuw wachtwoord", new Page.GetByLabelOptions().setExact(true)).fill(wachtwoord);
        pagina.getByLabel("Herhaal het nieuwe wachtwoord", new Page.GetByLabelOptions().setExact(true)).fill(herhaling);
        pagina.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Wachtwoord opslaan")).click();
    }

    /** The background step puts the mail in the outbox within seconds; the test reads it there, as the beheerder would. */
    private String linkUitDeOutbox() {
        long einde = System.currentTimeMillis() + 30_000;
        while (System.currentTimeMillis() < einde) {
            List<String> teksten = jdbc.queryForList("select tekst from uitgaande_mail "
                    + "where ontvanger = 'organisatie@demo.example' order by id desc", String.class);
            for (String tekst : teksten) {
                Matcher m = LINK.matcher(tekst);
                if (m.find()) {
                    return m.group(1);
                }
            }
            pagina.waitForTimeout(500);
        }
        throw new AssertionError("Geen herstellink in de outbox voor organisatie@demo.example");
    }
}
