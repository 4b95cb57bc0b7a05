package nl.gezin1plan.monitor.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.options.FilePayload;
import java.nio.file.Files;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import nl.gezin1plan.monitor.bijlage.Bestanden;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;

/** The attachment limit is small here, so that the journey can offer a file over it. */
@TestPropertySource(properties = "monitor.bijlage.maximale-grootte=100KB")
class UitvraagJourneyIT extends BrowserIT {

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void respondentAttachesTheScholingsplanDownloadsItAndIsToldWhyOtherFilesAreRefused() throws Exception {
        byte[] pdf = Bestanden.pdf(40_000);
        logIn("org-huisartsen-rijnstreek", "demo");
        pagina.navigate(url("uitvraag?jaar=2026"));
        Locator vraag = pagina.locator("div.vraag:has([data-vraag='scholingsplan'])");
        vraag.locator("vaadin-details-summary").getByText("Bijlagen (0)").click();
        Locator melding = vraag.locator(".bijlage-melding");

        vraag.locator("vaadin-upload input[type=file]").setInputFiles(new FilePayload("scholingsplan.pdf", "application/pdf", pdf));

        assertThat(melding).hasText("scholingsplan.pdf is bewaard.");
        assertThat(vraag.locator("vaadin-details-summary")).containsText("Bijlagen (1)");
        Download download = pagina.waitForDownload(() -> vraag.getByRole(AriaRole.LINK,
                new Locator.GetByRoleOptions().setName("scholingsplan.pdf")).click());
        assertThat(download.suggestedFilename()).isEqualTo("scholingsplan.pdf");
        assertThat(Files.readAllBytes(download.path())).isEqualTo(pdf);
        assertThat(ernstigeOvertredingen()).as("vraag met bijlage").isEmpty();

        vraag.locator("vaadin-upload input[type=file]").setInputFiles(new FilePayload("oud-plan.pdf", "application/pdf",
                Bestanden.zip()));
        assertThat(melding).hasText("'oud-plan.pdf' is niet bewaard: dit soort bestand kan geen bijlage zijn. Kies een PDF, "
                + "een Word-, Excel- of OpenDocument-bestand, een afbeelding (PNG, JPEG, GIF, WebP) of een tekstbestand.");
        vraag.locator("vaadin-upload input[type=file]").setInputFiles(new FilePayload("groot.pdf", "application/pdf",
                Bestanden.pdf(150_000)));
        assertThat(melding).hasText("groot.pdf: Het bestand is groter dan 100 kB. Er is niets bewaard.");
        assertThat(ernstigeOvertredingen()).as("geweigerde bijlagen").isEmpty();
        assertThat(jdbc.queryForList("select bestandsnaam from bijlage where soort = 'UITVRAAG_VRAAG' and sleutel = "
                + "'scholingsplan' and onderwerp_id = (select u.id from uitvraag u join organisatie o on o.id = "
                + "u.organisatie_id join uitvraag_ronde r on r.id = u.ronde_id where o.naam = 'Huisartsen Rijnstreek (demo)' "
                + "and r.jaar = 2026)", String.class)).containsExactly("scholingsplan.pdf");

        vraag.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Verwijderen scholingsplan.pdf")).click();
        assertThat(melding).hasText("scholingsplan.pdf is verwijderd.");
        assertThat(vraag.locator("vaadin-details-summary")).containsText("Bijlagen (0)");
    }

    @Test
    void organisationAnswersNoSeesWhyComesBackAndFindsItsAnswer() {
        logIn("org-jeugdbescherming-west", "demo");
        pagina.navigate(url("uitvraag?jaar=2026"));
        Locator waarom = pagina.locator("[data-vraag='reden_niet_volgens_richtlijn']");
        assertThat(waarom).isHidden();

        pagina.locator("vaadin-radio-group[data-vraag='werkt_volgens_richtlijn']")
                .getByRole(AriaRole.RADIO, new Locator.GetByRoleOptions().setName("Nee")).check();

        assertThat(waarom).isVisible();
        assertThat(ernstigeOvertredingen()).isEmpty();

        context.close();
        nieuweSessie();
        logIn("org-jeugdbescherming-west", "demo");
        pagina.navigate(url("uitvraag?jaar=2026"));
        assertThat(pagina.locator("vaadin-radio-group[data-vraag='werkt_volgens_richtlijn']")
                .getByRole(AriaRole.RADIO, new Locator.GetByRoleOptions().setName("Nee"))).isChecked();
        assertThat(pagina.locator("[data-vraag='reden_niet_volgens_richtlijn']")).isVisible();

        pagina.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Uitvraag indienen")).click();
        assertThat(pagina.locator(".formulier-melding")).containsText("Wat is de reden");

        vulIn("reden_niet_volgens_richtlijn", "Wij werken met een eigen variant van de richtlijn.");
        kies("richtlijn_vastgesteld", "Ja");
        kies("implementatieplan", "Nee");
        vulIn("belemmeringen_implementatie", "Te weinig tijd voor scholing.");
        for (String vraag : new String[] {"implementatiebijeenkomsten", "regisseurs_module_1_en_2", "taken_geborgd",
                "meldcode", "competentieprofiel_regisseur", "scholing_medewerkers", "scholing_aandachtsfunctionarissen",
                "scholing_leidinggevenden", "regiekaart_geborgd", "borging_gemonitord"}) {
            kies(vraag, "Ja");
        }
        kies("aangesloten_vir", "Nee");
        kies("monitort_inzet", "Nee");
        assertThat(pagina.locator(".formulier-melding")).isHidden();
        pagina.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Uitvraag indienen")).click();
        assertThat(pagina.getByRole(AriaRole.ALERTDIALOG)).containsText("niet meer wijzigen");
        pagina.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Ja, indienen")).click();

        pagina.waitForURL(u -> u.contains("/keurmerk"));
        assertThat(pagina.locator("main h1").first()).hasText("Keurmerk 2026");
        assertThat(pagina.locator("main")).containsText("Basiseisen keurmerk:");
        assertThat(pagina.locator("main vaadin-grid")).containsText("Richtlijn vastgesteld als gezamenlijke werkwijze");
    }

    @Test
    void agendahouderReopensASubmittedUitvraagAndTheRespondentCanChangeItAndSubmitAgain() {
        logIn("agendahouder-gouda", "demo");
        pagina.navigate(url("uitvraag/ronde?jaar=2026"));
        pagina.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Bekijken Kindcentrum Het Zonnetje (demo)"))
                .click();
        assertThat(pagina.locator("main h1").first()).containsText("Kindcentrum Het Zonnetje");
        assertThat(pagina.locator("main")).containsText("Status: Ingediend");
        assertThat(ernstigeOvertredingen()).as("uitvraag in detail").isEmpty();

        pagina.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Heropenen")).click();
        Locator dialoog = pagina.getByRole(AriaRole.DIALOG);
        dialoog.getByLabel("Reden van heropenen").fill("Het competentieprofiel is sinds september in gebruik.");
        assertThat(ernstigeOvertredingen()).as("heropenen-dialoog").isEmpty();
        dialoog.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Heropenen")).click();
        assertThat(pagina.locator("vaadin-notification-card")).containsText("De uitvraag is heropend");
        assertThat(pagina.locator("main")).containsText("Status: Heropend");
        assertThat(pagina.locator("main")).containsText("Het competentieprofiel is sinds september in gebruik.");

        context.close();
        nieuweSessie();
        logIn("org-kindcentrum-het-zonnetje", "demo");
        pagina.navigate(url("uitvraag?jaar=2026"));
        assertThat(pagina.locator("main")).containsText("Het competentieprofiel is sinds september in gebruik.");
        Locator competentieprofiel = pagina.locator("vaadin-radio-group[data-vraag='competentieprofiel_regisseur']")
                .getByRole(AriaRole.RADIO, new Locator.GetByRoleOptions().setName("Ja"));
        assertThat(competentieprofiel).isEditable();
        competentieprofiel.check();
        wachtOpServer();
        pagina.reload();
        assertThat(competentieprofiel).isChecked();

        pagina.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Uitvraag indienen")).click();
        pagina.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Ja, indienen")).click();
        pagina.waitForURL(u -> u.contains("/keurmerk"));
        assertThat(pagina.locator("main")).containsText("Basiseisen keurmerk:");
    }

    @Test
    void agendahouderGivesALateOrganisationMoreTimeAndTheRespondentSeesTheNewDate() {
        String nieuw = LocalDate.now(ZoneId.of("Europe/Amsterdam")).plusWeeks(6)
                .format(DateTimeFormatter.ofPattern("dd-MM-yyyy"));
        logIn("agendahouder-alphen", "demo");
        Locator overzicht = alleenThuiszorgDeHorst();
        assertThat(overzicht.getByText("Te laat")).hasCount(1);
        pagina.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Bekijken Thuiszorg De Horst (demo)"))
                .click();
        assertThat(pagina.locator("main")).containsText("Uiterste datum: 31-10-2026");

        pagina.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Uiterste datum verlengen")).click();
        Locator dialoog = pagina.getByRole(AriaRole.DIALOG);
        Locator datum = dialoog.getByLabel("Nieuwe uiterste datum");
        datum.fill(nieuw);
        datum.press("Enter");
        dialoog.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Verlengen")).click();
        assertThat(dialoog).containsText("Geef een reden van hoogstens 2000 tekens.");
        assertThat(ernstigeOvertredingen()).as("verlengen-dialoog").isEmpty();

        dialoog.getByLabel("Reden van verlengen").fill("Pas in november bij de gemeente aangesloten.");
        dialoog.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Verlengen")).click();
        assertThat(pagina.locator("vaadin-notification-card")).containsText("De uiterste datum is verlengd tot " + nieuw);
        assertThat(pagina.locator("main .uiterste-datum"))
                .hasText("Uiterste datum: " + nieuw + " (eigen uiterste datum; die van de ronde is 31-10-2026)");
        assertThat(pagina.locator("main")).containsText("Uiterste datum verlengd tot " + nieuw
                + " door Pieter Bakker (agendahouder-alphen)");
        assertThat(pagina.locator("main")).containsText("Pas in november bij de gemeente aangesloten.");

        overzicht = alleenThuiszorgDeHorst();
        assertThat(overzicht.getByText("Concept")).hasCount(1);
        assertThat(overzicht.getByText("Te laat")).hasCount(0);

        context.close();
        nieuweSessie();
        logIn("org-thuiszorg-de-horst", "demo");
        pagina.navigate(url("uitvraag?jaar=2026"));
        assertThat(pagina.locator("main")).containsText("Uiterste datum: " + nieuw);
    }

    /** The visible cells of the round overview of 2026, once filtered down to the one row of Thuiszorg De Horst. */
    private Locator alleenThuiszorgDeHorst() {
        pagina.navigate(url("uitvraag/ronde?jaar=2026"));
        pagina.getByLabel("Zoek organisatie").fill("Thuiszorg De Horst");
        assertThat(pagina.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Bekijken").setExact(false)))
                .hasCount(1);
        return pagina.locator("main vaadin-grid vaadin-grid-cell-content")
                .filter(new Locator.FilterOptions().setVisible(true));
    }

    private void kies(String vraag, String antwoord) {
        pagina.locator("vaadin-radio-group[data-vraag='" + vraag + "']")
                .getByRole(AriaRole.RADIO, new Locator.GetByRoleOptions().setName(antwoord)).check();
    }

    private void vulIn(String vraag, String tekst) {
        Locator veld = pagina.locator("[data-vraag='" + vraag + "']").getByRole(AriaRole.TEXTBOX);
        veld.fill(tekst);
        veld.press("Tab");
        wachtOpServer();
    }
}
