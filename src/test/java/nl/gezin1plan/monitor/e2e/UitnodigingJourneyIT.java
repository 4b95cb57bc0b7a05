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
