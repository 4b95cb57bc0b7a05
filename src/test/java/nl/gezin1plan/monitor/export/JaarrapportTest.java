package nl.gezin1plan.monitor.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import nl.gezin1plan.monitor.checklist.ChecklistEigenaar;
import nl.gezin1plan.monitor.checklist.ChecklistService;
import nl.gezin1plan.monitor.checklist.ItemRegel;
import nl.gezin1plan.monitor.checklist.ItemStatus;
import nl.gezin1plan.monitor.checklist.ItemWijziging;
import nl.gezin1plan.monitor.organisatie.Afdeling;
import nl.gezin1plan.monitor.organisatie.Gemeente;
import nl.gezin1plan.monitor.organisatie.Rol;
import nl.gezin1plan.monitor.rapportage.DialoogsessieGegevens;
import nl.gezin1plan.monitor.rapportage.EvaluatieService;
import nl.gezin1plan.monitor.rapportage.KlantpanelGegevens;
import nl.gezin1plan.monitor.rapportage.OrganisatieVoortgangService;
import nl.gezin1plan.monitor.uitvraag.UitvraagFixture;
import nl.gezin1plan.monitor.uitvraag.UitvraagRondeService;
import nl.gezin1plan.monitor.uitvraag.UitvraagService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;

/** The gemeente's yearly report as a tagged PDF: what it holds, who may have it, and that it is in the audit log. */
class JaarrapportTest extends ExportTestBasis {

    @Autowired
    UitvraagFixture fixture;
    @Autowired
    ChecklistService checklists;
    @Autowired
    EvaluatieService evaluaties;
    @Autowired
    UitvraagRondeService rondes;
    @Autowired
    OrganisatieVoortgangService voortgang;
    @Autowired
    UitvraagService uitvragen;

    @Test
    void theAgendahouderGetsATaggedDutchPdfWithTheGemeenteItsThemesAndFigures() throws Exception {
        var opzet = gemeenteMetEenJaar();

        MockHttpServletResponse antwoord = pdf(opzet.agendahouder(), "/export/jaarrapport.pdf?jaar=2026");

        assertThat(antwoord.getHeader("Content-Disposition"))
                .isEqualTo("attachment; filename=\"" + "jaarrapport-" + PdfAntwoord.bestandsdeel(
                        opzet.gemeente().getNaam()) + "-2026.pdf\"");
        String tekst = toegankelijkeTekst(antwoord.getContentAsByteArray(),
                "Jaarrapport 1Gezin1Plan gemeente " + opzet.gemeente().getNaam() + " 2026");
        assertThat(tekst).contains(opzet.gemeente().getNaam(), "A Commitment", "B Organisatiestructuur",
                "C Financiële middelen", "D Deskundigheidsbevordering", "E Bevoegdheden", "F Monitoring",
                "G Onderhoud");
        assertThat(tekst).contains("Respons: 1 van 2 organisaties hebben ingediend (50,0%). In 2025: geen uitvraag.");
        assertThat(tekst).contains("1 openstaande actie, waarvan 1 verlopen", "Stuurgroep instellen", "Wethouder",
                "01-03-2026", "In uitvoering, verlopen");
        assertThat(tekst).contains("A Commitment 1 8 13%", "Totaal 1 28 4%");
        assertThat(tekst).contains("Organisaties per status van de uitvraag 2026 Status Organisaties Aandeel "
                + "Niet gestart 1 50,0% Concept 0 0,0% Ingediend 1 50,0% Heropend 0 0,0%");
        gegevens.logIn(opzet.agendahouder());
        for (var criterium : nl.gezin1plan.monitor.keurmerk.KeurmerkCriteria.van(voortgang.inhoud(2026).orElseThrow())) {
            assertThat(tekst).contains(criterium.sleutel() + " " + criterium.naam());
        }
        assertThat(tekst).contains("Gemeentechecklist gereed niet gestart 4%",
                "Organisaties die aan het keurmerk voldoen geen gegevens 1 van 2",
                "Respons op de uitvraag geen uitvraag 1 van 2 ingediend (50,0%)");
        assertThat(tekst).contains("Acht van de twaalf hadden één aanspreekpunt.", "Regie bij ouderen",
                "20-05-2026");
        // A narrow column may break the test afdeling's name after a hyphen.
        assertThat(tekst.replace(" ", "")).contains(opzet.afdeling().replace(" ", ""));
    }

    @Test
    void aRespondentAndAnAandachtsfunctionarisAreRefused() throws Exception {
        var opzet = gemeenteMetEenJaar();

        mvc.perform(get("/export/jaarrapport.pdf?jaar=2026").with(user(gebruikers.loadUserByUsername(opzet.respondent()))))
                .andExpect(status().isForbidden());
        String aandachtsfunctionaris = gegevens.aandachtsfunctionaris(gegevens.afdeling(opzet.gemeente()));
        mvc.perform(get("/export/jaarrapport.pdf?jaar=2026")
                        .with(user(gebruikers.loadUserByUsername(aandachtsfunctionaris))))
                .andExpect(status().isForbidden());
    }

    @Test
    void anAgendahouderAskingForAnotherGemeenteIsRefusedAndNothingIsLogged() throws Exception {
        var opzet = gemeenteMetEenJaar();
        Gemeente andere = gegevens.gemeente();

        mvc.perform(get("/export/jaarrapport.pdf?jaar=2026&gemeente=" + andere.getId())
                        .with(user(gebruikers.loadUserByUsername(opzet.agendahouder()))))
                .andExpect(status().isForbidden());

        assertThat(exportsVan(opzet.agendahouder())).isEmpty();
    }

    @Test
    void theAccountmanagerNamesTheGemeenteAndTheDownloadIsInTheAuditLog() throws Exception {
        var opzet = gemeenteMetEenJaar();
        String accountmanager = gegevens.regionaal(Rol.ACCOUNTMANAGER);

        mvc.perform(get("/export/jaarrapport.pdf?jaar=2026").with(user(gebruikers.loadUserByUsername(accountmanager))))
                .andExpect(status().isBadRequest());
        MockHttpServletResponse antwoord = pdf(accountmanager,
                "/export/jaarrapport.pdf?jaar=2026&gemeente=" + opzet.gemeente().getId());

        assertThat(toegankelijkeTekst(antwoord.getContentAsByteArray(), "Jaarrapport 1Gezin1Plan gemeente "
                + opzet.gemeente().getNaam() + " 2026")).contains(opzet.gemeente().getNaam())
                .contains("Respons: 1 van 2 organisaties");
        assertThat(exportsVan(accountmanager)).singleElement().satisfies(r -> {
            assertThat(r.bestand()).endsWith("-2026.pdf").startsWith("jaarrapport-");
            assertThat(r.omschrijving()).isEqualTo("jaar 2026, gemeente " + opzet.gemeente().getNaam());
            assertThat(r.regels()).isEqualTo(2);
        });
    }

    @Test
    void aYearOutsideTheRangeIsABadRequest() throws Exception {
        var opzet = gemeenteMetEenJaar();
        var agendahouder = user(gebruikers.loadUserByUsername(opzet.agendahouder()));

        mvc.perform(get("/export/jaarrapport.pdf?jaar=1999").with(agendahouder)).andExpect(status().isBadRequest());
        mvc.perform(get("/export/jaarrapport.pdf?jaar=abc").with(agendahouder)).andExpect(status().isBadRequest());
        assertThat(exportsVan(opzet.agendahouder())).isEmpty();
    }

    @Test
    void theAgendahoudersDownloadIsInTheAuditLogWithItsScope() throws Exception {
        var opzet = gemeenteMetEenJaar();

        pdf(opzet.agendahouder(), "/export/jaarrapport.pdf?jaar=2026");

        assertThat(exportsVan(opzet.agendahouder())).singleElement().satisfies(r -> {
            assertThat(r.bereik()).isEqualTo("gemeente " + opzet.gemeente().getNaam());
            assertThat(r.omschrijving()).isEqualTo("jaar 2026, gemeente " + opzet.gemeente().getNaam());
        });
    }

    @Test
    void theResponseRateStandsNextToLastYearsAndOnlyTheGemeentesOwnOrganisationsCountForTheBeheerder() throws Exception {
        // 2069: two organisations of the gemeente, one submits; 2070: both submit. Another gemeente's organisation
        // submits in 2070 as well, and must not count.
        var eerste = fixture.ingediend(2069, false, Map.of());
        Gemeente gemeente = eerste.gemeente();
        String tweede = gegevens.respondent(gegevens.organisatie(false, gemeente));
        gegevens.logIn(eerste.agendahouder());
        rondes.openRonde(2069, LocalDate.of(2069, 9, 1), LocalDate.of(2069, 10, 31));
        rondes.openRonde(2070, LocalDate.of(2070, 9, 1), LocalDate.of(2070, 10, 31));
        for (String respondent : List.of(eerste.respondent(), tweede)) {
            gegevens.logIn(respondent);
            long uitvraag = uitvragen.mijnUitvraag(2070).orElseThrow().id();
            fixture.beantwoordAlles(uitvraag, Map.of());
            uitvragen.dienIn(uitvraag);
        }
        fixture.ingediend(2070, false, Map.of());
        gegevens.logUit();

        String tekst = toegankelijkeTekst(pdf(gegevens.regionaal(Rol.BEHEERDER),
                        "/export/jaarrapport.pdf?jaar=2070&gemeente=" + gemeente.getId()).getContentAsByteArray(),
                "Jaarrapport 1Gezin1Plan gemeente " + gemeente.getNaam() + " 2070");

        assertThat(tekst).contains("Respons: 2 van 2 organisaties hebben ingediend (100,0%). "
                + "In 2069: 1 van 2 ingediend (50,0%).");
        assertThat(tekst).contains("Respons op de uitvraag 1 van 2 ingediend (50,0%) 2 van 2 ingediend (100,0%)",
                "Organisaties die aan het keurmerk voldoen 1 van de 2 die ook dit jaar meedoen 2 van 2");
    }

    private record Opzet(Gemeente gemeente, String agendahouder, String respondent, String afdeling) {
    }

    /**
     * A gemeente like the demo's: one organisation submitted and one not, the checklist started with an action done
     * and one overdue, an afdeling, a klantpanel and a dialoogsessie.
     */
    private Opzet gemeenteMetEenJaar() {
        var ingediend = fixture.ingediend(2026, true, Map.of());
        Gemeente gemeente = ingediend.gemeente();
        gegevens.organisatie(false, gemeente);
        gegevens.logIn(ingediend.agendahouder());
        rondes.openRonde(2026, LocalDate.of(2026, 9, 1), LocalDate.of(2026, 10, 31));
        List<ItemRegel> items = checklists.start(ChecklistEigenaar.gemeente(gemeente.getId()), 2026).items();
        checklists.wijzig(items.get(0).id(), items.get(0).version(),
                new ItemWijziging("Richtlijn vastgesteld", null, null, ItemStatus.GEREED, null, null));
        checklists.wijzig(items.get(4).id(), items.get(4).version(), new ItemWijziging("Stuurgroep instellen",
                "Wethouder", LocalDate.of(2026, 3, 1), ItemStatus.IN_UITVOERING, null, null));
        Afdeling afdeling = gegevens.afdeling(gemeente);
        evaluaties.legKlantpanelVast(gemeente.getId(), 2026, new KlantpanelGegevens(LocalDate.of(2026, 5, 20), 12,
                "Acht van de twaalf hadden één aanspreekpunt.", "Eén plan voor het hele gezin", "Te veel overleggen",
                "Sneller schakelen"));
        evaluaties.legDialoogsessieVast(gemeente.getId(), 2026, new DialoogsessieGegevens(LocalDate.of(2026, 11, 3),
                "Samenwerking wijkteam en jeugdhulp", "Regie bij ouderen", "Werkwijze blijft; scholing uitbreiden"));
        gegevens.logUit();
        return new Opzet(gemeente, ingediend.agendahouder(), ingediend.respondent(), afdeling.getNaam());
    }
}
