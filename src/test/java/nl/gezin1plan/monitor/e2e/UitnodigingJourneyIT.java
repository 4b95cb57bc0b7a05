package nl.gezin1plan.monitor.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.gezin1plan.monitor.security.PersoonlijkeLink;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

class UitnodigingJourneyIT extends BrowserIT {

    private static final Pattern LINK = Pattern.compile("/(uitnodiging/[A-Za-z0-9_-]{43})");
    private static final String ANNA = "anna.devries@jeugdhulp-rijnland.example";
    private static final String KARIM = "karim.benali@jeugdhulp-rijnland.example";

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void agendahouderOpensTheRoundAndTheInvitedPersonSetsAPasswordAndAnswersTheirUitvraag() {
        openRonde2027VoorLeiden();
        assertThat(jdbc.queryForList("select ontvanger from uitgaande_mail where onderwerp = 'Uitnodiging uitvraag 2027'",
                String.class)).containsExactlyInAnyOrder(ANNA, KARIM, "els.verhoeven@dehorst.example",
                "tom.hendriks@ggz-oude-rijn.example", "lotte.smit@huisartsen-rijnstreek.example",
                "jeroen.dewit@jbwest.example");

        context.close();
        nieuweSessie();
        pagina.navigate(url(link(ANNA)));
        assertThat(pagina.locator("h1")).hasText("Welkom bij de uitvraag 2027");
        assertThat(pagina.locator("main")).containsText("Jeugdhulp Rijnland (demo)");
        assertThat(pagina.locator("main")).containsText("Anna de Vries (" + ANNA + ")");
        assertThat(ernstigeOvertredingen()).as("uitnodiging").isEmpty();

        pagina.getByLabel("Wachtwoord", new Page.GetByLabelOptions().setExact(true)).fill("te-kort");
        pagina.getByLabel("Herhaal het wachtwoord").fill("te-kort");
        pagina.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Account aanmaken en naar de uitvraag"))
                .click();
        assertThat(pagina.locator("vaadin-password-field").first()).containsText("minstens 12 tekens");
        assertThat(ernstigeOvertredingen()).as("uitnodiging met fout").isEmpty();

        pagina.getByLabel("Wachtwoord", new Page.GetByLabelOptions().setExact(true)).fill("fiets over de dijk");
        pagina.getByLabel("Herhaal het wachtwoord").fill("fiets over de dijk");
        pagina.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Account aanmaken en naar de uitvraag"))
                .click();

        pagina.waitForURL(u -> u.contains("/uitvraag?jaar=2027"));
        assertThat(pagina.locator("main h1").first()).containsText("Uitvraag 2027 – Jeugdhulp Rijnland (demo)");
        Locator ja = pagina.locator("vaadin-radio-group[data-vraag='werkt_volgens_richtlijn']")
                .getByRole(AriaRole.RADIO, new Locator.GetByRoleOptions().setName("Ja"));
        ja.check();
        wachtOpServer();
        pagina.reload();
        assertThat(ja).isChecked();

        context.close();
        nieuweSessie();
        pagina.navigate(url(link(ANNA)));
        assertThat(pagina.locator("h1")).hasText("Deze link is al gebruikt");
        logIn(ANNA, "fiets over de dijk");
        pagina.navigate(url("uitvraag?jaar=2027"));
        assertThat(pagina.locator("vaadin-radio-group[data-vraag='werkt_volgens_richtlijn']")
                .getByRole(AriaRole.RADIO, new Locator.GetByRoleOptions().setName("Ja"))).isChecked();
    }

    @Test
    void aForgedLinkAndAnExpiredLinkExplainThemselvesInDutchAndTheExpiredOneSendsANewLink() {
        pagina.navigate(url("uitnodiging/" + PersoonlijkeLink.nieuw().code()));
        assertThat(pagina.locator("h1")).hasText("Deze link werkt niet");
        assertThat(pagina.locator("main")).containsText("Vraag de gemeente die u uitnodigde om een nieuwe uitnodiging");
        assertThat(ernstigeOvertredingen()).as("onbekende link").isEmpty();

        openRonde2027VoorLeiden();
        String verlopen = link(KARIM);
        jdbc.update("update uitnodiging set verloopt = aangemaakt where email = ?", KARIM);
        context.close();
        nieuweSessie();
        pagina.navigate(url(verlopen));
        assertThat(pagina.locator("h1")).hasText("Deze link is verlopen");
        assertThat(ernstigeOvertredingen()).as("verlopen link").isEmpty();
        pagina.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Stuur mij een nieuwe link")).click();
        assertThat(pagina.getByRole(AriaRole.STATUS)).containsText("Als deze link bij ons bekend is");

        String nieuw = link(KARIM);
        assertThat(nieuw).isNotEqualTo(verlopen);
        pagina.navigate(url(nieuw));
        assertThat(pagina.locator("h1")).hasText("Welkom bij de uitvraag 2027");
        pagina.navigate(url(verlopen));
        assertThat(pagina.locator("h1")).hasText("Er is een nieuwere link");
    }

    @Test
    void aRespondentInvitesAColleagueWhoSeesTheSameUitvraagAndLaterAttachesASecondInvitationByLoggingIn() {
        openRonde2027VoorLeiden();
        String collega = "carla.collega@jeugdhulp-rijnland.example";
        logIn("organisatie", "demo");
        pagina.navigate(url("uitvraag?jaar=2027"));
        pagina.locator("vaadin-radio-group[data-vraag='werkt_volgens_richtlijn']")
                .getByRole(AriaRole.RADIO, new Locator.GetByRoleOptions().setName("Ja")).check();
        Locator uitnodigen = pagina.locator(".collega-uitnodigen");
        uitnodigen.getByLabel("Naam").fill("Carla Collega");
        uitnodigen.getByLabel("E-mailadres").fill("carla@");
        uitnodigen.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Collega uitnodigen")).click();
        assertThat(uitnodigen).containsText("Vul een geldig e-mailadres in");
        uitnodigen.getByLabel("E-mailadres").fill(collega);
        uitnodigen.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Collega uitnodigen")).click();
        assertThat(pagina.locator("vaadin-notification-card")).containsText("De uitnodiging is verstuurd naar " + collega);
        assertThat(ernstigeOvertredingen()).as("uitvraag met collega uitnodigen").isEmpty();

        context.close();
        nieuweSessie();
        pagina.navigate(url(link(collega)));
        assertThat(pagina.locator("main")).containsText("Carla Collega (" + collega + ")");
        pagina.getByLabel("Wachtwoord", new Page.GetByLabelOptions().setExact(true)).fill("koffie met twee klontjes");
        pagina.getByLabel("Herhaal het wachtwoord").fill("koffie met twee klontjes");
        pagina.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Account aanmaken en naar de uitvraag"))
                .click();
        pagina.waitForURL(u -> u.contains("/uitvraag?jaar=2027"));
        assertThat(pagina.locator("vaadin-radio-group[data-vraag='werkt_volgens_richtlijn']")
                .getByRole(AriaRole.RADIO, new Locator.GetByRoleOptions().setName("Ja"))).isChecked();

        context.close();
        nieuweSessie();
        logIn("agendahouder", "demo");
        pagina.navigate(url("uitvraag/ronde?jaar=2027"));
        pagina.getByLabel("Zoek organisatie").fill("Jeugdhulp Rijnland");
        assertThat(pagina.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Uitnodigen").setExact(false)))
                .hasCount(1);
        Locator rij = pagina.locator("main vaadin-grid vaadin-grid-cell-content")
                .filter(new Locator.FilterOptions().setVisible(true));
        assertThat(rij.filter(new Locator.FilterOptions().setHasText("Carla Collega"))).containsText("account gekoppeld");
        pagina.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Uitnodigen Jeugdhulp Rijnland (demo)"))
                .click();
        Locator dialoog = pagina.getByRole(AriaRole.DIALOG);
        dialoog.getByLabel("Naam").fill("Carla Collega");
        dialoog.getByLabel("E-mailadres").fill(collega);
        assertThat(ernstigeOvertredingen()).as("uitnodigen-dialoog").isEmpty();
        dialoog.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Uitnodiging versturen")).click();
        assertThat(pagina.locator("vaadin-notification-card")).containsText("De uitnodiging is verstuurd naar " + collega);

        context.close();
        nieuweSessie();
        pagina.navigate(url(link(collega)));
        assertThat(pagina.locator("main")).containsText("Er is al een account met het e-mailadres " + collega);
        pagina.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Inloggen en de uitnodiging koppelen")).click();
        pagina.waitForURL(u -> u.contains("/login"));
        pagina.getByLabel("Gebruikersnaam").fill(collega);
        pagina.getByLabel("Wachtwoord").fill("koffie met twee klontjes");
        pagina.locator("vaadin-button[slot='submit'], vaadin-login-form vaadin-button").first().click();
        pagina.waitForURL(u -> u.contains("/uitvraag?jaar=2027"));
        assertThat(pagina.locator("main h1").first()).containsText("Jeugdhulp Rijnland (demo)");
        assertThat(jdbc.queryForObject("select count(*) from uitnodiging where email = ? and geaccepteerd is null"
                + " and vervangen is null", Integer.class, collega)).isZero();
    }

    @Test
    void aPersonInvitedByASecondOrganisationKeepsOneAccountAndChoosesTheOrganisationTheyWorkFor() {
        openRonde2027VoorLeiden();
        String lotte = "lotte.smit@huisartsen-rijnstreek.example";
        pagina.navigate(url(link(lotte)));
        pagina.getByLabel("Wachtwoord", new Page.GetByLabelOptions().setExact(true)).fill("drie stoelen en een tafel");
        pagina.getByLabel("Herhaal het wachtwoord").fill("drie stoelen en een tafel");
        pagina.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Account aanmaken en naar de uitvraag"))
                .click();
        pagina.waitForURL(u -> u.contains("/uitvraag?jaar=2027"));
        assertThat(pagina.locator("main h1").first()).containsText("Huisartsen Rijnstreek (demo)");

        context.close();
        nieuweSessie();
        logIn("agendahouder", "demo");
        pagina.navigate(url("uitvraag/ronde?jaar=2027"));
        pagina.getByLabel("Zoek organisatie").fill("GGZ Oude Rijn");
        assertThat(pagina.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Uitnodigen").setExact(false)))
                .hasCount(1);
        pagina.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Uitnodigen GGZ Oude Rijn (demo)")).click();
        Locator dialoog = pagina.getByRole(AriaRole.DIALOG);
        dialoog.getByLabel("Naam").fill("Lotte Smit");
        dialoog.getByLabel("E-mailadres").fill(lotte);
        dialoog.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Uitnodiging versturen")).click();
        assertThat(pagina.locator("vaadin-notification-card")).containsText("De uitnodiging is verstuurd naar " + lotte);

        context.close();
        nieuweSessie();
        pagina.navigate(url(link(lotte)));
        pagina.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Inloggen en de uitnodiging koppelen")).click();
        pagina.waitForURL(u -> u.contains("/login"));
        pagina.getByLabel("Gebruikersnaam").fill(lotte);
        pagina.getByLabel("Wachtwoord").fill("drie stoelen en een tafel");
        pagina.locator("vaadin-button[slot='submit'], vaadin-login-form vaadin-button").first().click();
        pagina.waitForURL(u -> u.contains("/uitvraag?jaar=2027"));
        assertThat(pagina.locator("main h1").first()).containsText("GGZ Oude Rijn (demo)");
        assertThat(ernstigeOvertredingen()).as("uitvraag met organisatiekeuze").isEmpty();

        pagina.getByLabel("Ik werk nu voor").click();
        pagina.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName("Huisartsen Rijnstreek (demo)")).click();
        assertThat(pagina.locator("main h1").first()).containsText("Huisartsen Rijnstreek (demo)");
        assertThat(jdbc.queryForObject("select count(*) from gebruiker where email = ?", Integer.class, lotte)).isOne();
    }

    @Test
    void theBeheerderReadsAnInvitationInTheOutboxWithItsLink() {
        openRonde2027VoorLeiden();
        context.close();
        nieuweSessie();
        logIn("beheerder", "demo");
        pagina.navigate(url("beheer/mail"));
        pagina.locator("vaadin-grid-cell-content").filter(new Locator.FilterOptions().setHasText(ANNA)).first().click();
        assertThat(pagina.locator("main h2")).hasText("Uitnodiging uitvraag 2027");
        assertThat(pagina.locator("main a[href*='/uitnodiging/']").first()).isVisible();
        assertThat(ernstigeOvertredingen()).as("uitgaande e-mail").isEmpty();
        assertThat(pagina.locator("main")).containsText("Beste Anna de Vries,");
        // Vaadin's development tools are not part of what a user sees.
        pagina.evaluate("() => document.querySelectorAll('vaadin-dev-tools, copilot-main').forEach(e => e.remove())");
        // Copied by hand to frontend/images/uitnodiging.png for the README; a test run leaves the sources alone.
        pagina.screenshot(new Page.ScreenshotOptions().setPath(java.nio.file.Paths.get("target", "e2e",
                "uitnodiging-in-uitgaande-email.png")).setFullPage(true));
    }

    @Test
    void theBeheerderInvitesAnAccountmanagerWhoChoosesAPasswordAndThenLogsInWithTheirUserName() {
        String adres = "sam.staf@holland-rijnland.example";
        logIn("beheerder", "demo");
        pagina.navigate(url("beheer"));
        pagina.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Gebruiker toevoegen")).click();
        Locator dialoog = pagina.getByRole(AriaRole.DIALOG);
        dialoog.getByLabel("Gebruikersnaam").fill("sam.staf");
        dialoog.getByLabel("Naam", new Locator.GetByLabelOptions().setExact(true)).fill("Sam Staf");
        dialoog.getByLabel("E-mailadres").fill(adres);
        dialoog.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Rol")).click();
        pagina.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName("Accountmanager")).click();
        assertThat(dialoog.getByRole(AriaRole.RADIO, new Locator.GetByRoleOptions()
                .setName(Pattern.compile("^Uitnodigen per e-mail")))).isChecked();
        assertThat(ernstigeOvertredingen()).as("gebruiker uitnodigen").isEmpty();
        dialoog.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Opslaan")).click();
        assertThat(pagina.locator("vaadin-notification-card"))
                .containsText("sam.staf is toegevoegd en krijgt een uitnodiging op " + adres);

        context.close();
        nieuweSessie();
        pagina.navigate(url(link(adres)));
        assertThat(pagina.locator("h1")).hasText("Welkom bij de 1Gezin1Plan implementatiemonitor");
        assertThat(pagina.locator("main")).containsText("met de rol Accountmanager");
        assertThat(pagina.locator("main")).containsText("uw gebruikersnaam sam.staf");
        assertThat(ernstigeOvertredingen()).as("uitnodiging voor een account").isEmpty();
        pagina.getByLabel("Wachtwoord", new Page.GetByLabelOptions().setExact(true)).fill("kopje thee op het bordes");
        pagina.getByLabel("Herhaal het wachtwoord").fill("kopje thee op het bordes");
        pagina.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Wachtwoord instellen en inloggen")).click();
        pagina.waitForURL(u -> !u.contains("/uitnodiging/"));
        pagina.locator("vaadin-app-layout").waitFor();

        context.close();
        nieuweSessie();
        logIn("sam.staf", "kopje thee op het bordes");
        assertThat(pagina.locator("vaadin-app-layout")).containsText("Sam Staf");
    }

    /** The agendahouder of Leiden opens the 2027 round in the round overview, unless an earlier journey did. */
    private void openRonde2027VoorLeiden() {
        if (jdbc.queryForObject("select count(*) from uitvraag_ronde where jaar = 2027", Integer.class) > 0) {
            return;
        }
        logIn("agendahouder", "demo");
        pagina.navigate(url("uitvraag/ronde?jaar=2027"));
        pagina.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Uitvraag openen")).click();
        assertThat(pagina.locator("vaadin-notification-card")).containsText("organisaties hebben een uitvraag gekregen");
    }

    /** The path of the personal link in the newest mail to this address, as the outbox holds it. */
    private String link(String adres) {
        List<String> teksten = jdbc.queryForList("select tekst from uitgaande_mail where ontvanger = ? order by id desc",
                String.class, adres);
        Matcher matcher = LINK.matcher(teksten.getFirst());
        assertThat(matcher.find()).as("link in de mail aan " + adres).isTrue();
        return matcher.group(1);
    }
}
