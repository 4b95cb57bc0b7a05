package nl.gezin1plan.monitor.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.endsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.gezin1plan.monitor.beheer.OrganisatieGegevens;
import nl.gezin1plan.monitor.beheer.OrganisatieRegisterService;
import nl.gezin1plan.monitor.organisatie.OrganisatieType;
import nl.gezin1plan.monitor.uitvraag.UitvraagFilter;
import nl.gezin1plan.monitor.uitvraag.UitvraagFixture;
import nl.gezin1plan.monitor.uitvraag.UitvraagRondeService;
import nl.gezin1plan.monitor.uitvraag.UitvraagStandService;
import nl.gezin1plan.monitor.uitvraag.UitvraagService;
import nl.gezin1plan.monitor.uitvraag.UitvraagStand;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class OrganisatieVoortgangExportControllerTest extends ExportTestBasis {

    @Autowired
    UitvraagFixture fixture;
    @Autowired
    UitvraagService uitvragen;
    @Autowired
    UitvraagRondeService rondes;
    @Autowired
    UitvraagStandService uitvraagStanden;
    @Autowired
    OrganisatieRegisterService register;

    @Test
    void oneRowPerOrganisationOfTheGemeenteWithCriteriaColumnsAndNeutralisedFormulas() throws Exception {
        var opzet = fixture.ingediend(2026, false, Map.of("percentage_geschoold", "70"));
        gegevens.logIn(opzet.agendahouder());
        register.voegToe(new OrganisatieGegevens("=cmd|' /C calc'!A0", null, OrganisatieType.OVERIG, false,
                Set.of(opzet.gemeente().getId()), List.of()));
        rondes.openRonde(2026, java.time.LocalDate.of(2026, 9, 1), java.time.LocalDate.of(2026, 10, 31));
        gegevens.logUit();

        List<CSVRecord> regels = voortgang(opzet.agendahouder(), "/export/voortgang.csv?jaar=2026");

        assertThat(regels).hasSize(2);
        CSVRecord eerste = regels.stream().filter(r -> r.get("organisatie").equals(opzet.organisatie().getNaam()))
                .findFirst().orElseThrow();
        assertThat(eerste.get("status_uitvraag")).isEqualTo("Ingediend");
        assertThat(eerste.get("ingediend_op")).matches("\\d{4}-\\d{2}-\\d{2}");
        assertThat(eerste.get("keurmerk")).isEqualTo("Voldaan");
        assertThat(eerste.get("criterium_V5")).isEqualTo("Voldaan");
        assertThat(eerste.get("criterium_B2")).isEqualTo("Niet van toepassing");
        assertThat(eerste.get("percentage_geschoold")).isEqualTo("70");
        assertThat(eerste.get("jaar")).isEqualTo("2026");
        assertThat(regels).extracting(r -> r.get("organisatie")).contains("'=cmd|' /C calc'!A0");

        assertThat(voortgang(opzet.agendahouder(), "/export/voortgang.csv?jaar=2026&status=INGEDIEND")).hasSize(1);
        assertThat(voortgang(opzet.agendahouder(), "/export/voortgang.csv?jaar=2026&zoek=cmd")).hasSize(1);
    }

    @Test
    void searchingFiftyPercentFindsThatTextAndNotEveryNameWithFiftyInIt() throws Exception {
        var opzet = fixture.nieuw(2026, false);
        gegevens.logIn(opzet.agendahouder());
        for (String naam : List.of("500 Jeugd", "50% korting", "Jeugd_50")) {
            register.voegToe(new OrganisatieGegevens(naam, null, OrganisatieType.OVERIG, false,
                    Set.of(opzet.gemeente().getId()), List.of()));
        }
        rondes.openRonde(2026, java.time.LocalDate.of(2026, 9, 1), java.time.LocalDate.of(2026, 10, 31));

        var gevonden = uitvraagStanden.standen(2026, new UitvraagFilter("50%", null), 0, 50);
        assertThat(gevonden).extracting(UitvraagStand::organisatie).containsExactly("50% korting");
        assertThat(uitvraagStanden.aantal(2026, new UitvraagFilter("50_", null))).isZero();
        assertThat(uitvraagStanden.aantal(2026, new UitvraagFilter("d_5", null))).isOne();
        gegevens.logUit();

        assertThat(voortgang(opzet.agendahouder(), "/export/voortgang.csv?jaar=2026&zoek=50%"))
                .extracting(r -> r.get("organisatie")).containsExactly("50% korting");
        assertThat(voortgang(opzet.agendahouder(), "/export/voortgang.csv?jaar=2026&zoek=50_")).isEmpty();
    }

    @Test
    void answersExportHasAColumnPerQuestionAndAccountgesprekkenExportTheTalks() throws Exception {
        var opzet = fixture.nieuw(2026, false);
        uitvragen.beantwoord(opzet.uitvraagId(), "implementatieplan", "ja");
        uitvragen.beantwoord(opzet.uitvraagId(), "percentage_geschoold", "42");
        uitvragen.beantwoord(opzet.uitvraagId(), "belemmeringen_werken", "-weinig tijd");
        gegevens.logUit();

        var parser = download(opzet.agendahouder(), "/export/antwoorden.csv?jaar=2026");
        assertThat(parser.getHeaderNames()).contains("werkt_volgens_richtlijn", "percentage_geschoold", "laatste_evaluatie");
        CSVRecord regel = parser.getRecords().getFirst();
        assertThat(regel.get("percentage_geschoold")).isEqualTo("42");
        assertThat(regel.get("belemmeringen_werken")).isEqualTo("'-weinig tijd");

        byte[] gesprekken = mvc.perform(get("/export/accountgesprekken.csv")
                        .with(user(gebruikers.loadUserByUsername("accountmanager"))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        assertThat(new String(gesprekken, StandardCharsets.UTF_8)).startsWith("\uFEFForganisatie;datum;deelnemers;")
                .contains("Thuiszorg De Horst (demo);2026-06-12;");
        mvc.perform(get("/export/accountgesprekken.csv").with(user(gebruikers.loadUserByUsername("aandachtsfunctionaris"))))
                .andExpect(status().isForbidden());
    }

    @Test
    void aReasonKeptAfterSwitchingBackToJaIsInNeitherCsvUntilTheAnswerIsNeeAgain() throws Exception {
        var opzet = fixture.nieuw(2026, false);
        uitvragen.beantwoord(opzet.uitvraagId(), "werkt_volgens_richtlijn", "nee");
        uitvragen.beantwoord(opzet.uitvraagId(), "reden_niet_volgens_richtlijn", "Nog geen besluit");
        uitvragen.beantwoord(opzet.uitvraagId(), "implementatieplan", "nee");
        uitvragen.beantwoord(opzet.uitvraagId(), "percentage_geschoold", "30");
        uitvragen.beantwoord(opzet.uitvraagId(), "werkt_volgens_richtlijn", "ja");
        gegevens.logUit();

        CSVRecord antwoorden = download(opzet.agendahouder(), "/export/antwoorden.csv?jaar=2026").getRecords().getFirst();
        assertThat(antwoorden.get("werkt_volgens_richtlijn")).isEqualTo("ja");
        assertThat(antwoorden.get("reden_niet_volgens_richtlijn")).isEmpty();
        assertThat(antwoorden.get("percentage_geschoold")).isEmpty();
        assertThat(voortgang(opzet.agendahouder(), "/export/voortgang.csv?jaar=2026").getFirst()
                .get("percentage_geschoold")).isEmpty();

        gegevens.logIn(opzet.respondent());
        uitvragen.beantwoord(opzet.uitvraagId(), "werkt_volgens_richtlijn", "nee");
        gegevens.logUit();
        assertThat(download(opzet.agendahouder(), "/export/antwoorden.csv?jaar=2026").getRecords().getFirst()
                .get("reden_niet_volgens_richtlijn")).isEqualTo("Nog geen besluit");
    }

    @Test
    void withoutLoginToLoginAndAsOrganisationOrAandachtsfunctionarisForbidden() throws Exception {
        mvc.perform(get("/export/voortgang.csv").param("jaar", "2026"))
                .andExpect(status().is3xxRedirection()).andExpect(header().string("Location", endsWith("/login")));
        mvc.perform(get("/export/voortgang.csv").param("jaar", "2026").with(user(gebruikers.loadUserByUsername("organisatie"))))
                .andExpect(status().isForbidden());
        mvc.perform(get("/export/voortgang.csv").param("jaar", "2026")
                        .with(user(gebruikers.loadUserByUsername("aandachtsfunctionaris"))))
                .andExpect(status().isForbidden());
    }

    private List<CSVRecord> voortgang(String gebruikersnaam, String url) throws Exception {
        var parser = download(gebruikersnaam, url);
        assertThat(parser.getHeaderNames()).startsWith("organisatie", "kvk", "jaar", "status_uitvraag", "ingediend_op");
        assertThat(parser.getHeaderNames()).contains("keurmerk", "criterium_V1", "criterium_F1", "verandering");
        return parser.getRecords();
    }
}
