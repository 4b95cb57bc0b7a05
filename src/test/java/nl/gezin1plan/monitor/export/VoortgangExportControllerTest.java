package nl.gezin1plan.monitor.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.endsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.gezin1plan.monitor.PostgresTest;
import nl.gezin1plan.monitor.TestGegevens;
import nl.gezin1plan.monitor.beheer.OrganisatieGegevens;
import nl.gezin1plan.monitor.beheer.OrganisatieRegisterService;
import nl.gezin1plan.monitor.organisatie.OrganisatieType;
import nl.gezin1plan.monitor.uitvraag.UitvraagFixture;
import nl.gezin1plan.monitor.uitvraag.UitvraagRondeService;
import nl.gezin1plan.monitor.uitvraag.UitvraagService;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

@PostgresTest
class VoortgangExportControllerTest {

    @Autowired
    WebApplicationContext context;
    @Autowired
    UserDetailsService gebruikers;
    @Autowired
    TestGegevens gegevens;
    @Autowired
    UitvraagFixture fixture;
    @Autowired
    UitvraagService uitvragen;
    @Autowired
    UitvraagRondeService rondes;
    @Autowired
    OrganisatieRegisterService register;

    MockMvc mvc;

    @BeforeEach
    void mockMvc() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
    }

    @AfterEach
    void logUit() {
        gegevens.logUit();
    }

    @Test
    void oneRowPerOrganisationOfTheGemeenteWithCriteriaColumnsAndNeutralisedFormulas() throws Exception {
        var opzet = fixture.nieuw(2026, false);
        fixture.beantwoordAlles(opzet.uitvraagId(), Map.of("percentage_geschoold", "70"));
        uitvragen.dienIn(opzet.uitvraagId());
        gegevens.logIn(opzet.agendahouder());
        register.voegToe(new OrganisatieGegevens("=cmd|' /C calc'!A0", null, OrganisatieType.OVERIG, false,
                Set.of(opzet.gemeente().getId()), List.of()));
        rondes.openRonde(2026, java.time.LocalDate.of(2026, 9, 1), java.time.LocalDate.of(2026, 10, 31));
        gegevens.logUit();

        List<CSVRecord> regels = download(opzet.agendahouder(), "/export/voortgang.csv?jaar=2026");

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

        assertThat(download(opzet.agendahouder(), "/export/voortgang.csv?jaar=2026&status=INGEDIEND")).hasSize(1);
        assertThat(download(opzet.agendahouder(), "/export/voortgang.csv?jaar=2026&zoek=cmd")).hasSize(1);
    }

    @Test
    void answersExportHasAColumnPerQuestionAndAccountgesprekkenExportTheTalks() throws Exception {
        var opzet = fixture.nieuw(2026, false);
        uitvragen.beantwoord(opzet.uitvraagId(), "percentage_geschoold", "42");
        uitvragen.beantwoord(opzet.uitvraagId(), "belemmeringen_werken", "-weinig tijd");
        gegevens.logUit();

        byte[] body = mvc.perform(get("/export/antwoorden.csv").param("jaar", "2026")
                        .with(user(gebruikers.loadUserByUsername(opzet.agendahouder()))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        var parser = CSVFormat.EXCEL.builder().setDelimiter(';').setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(new String(body, StandardCharsets.UTF_8).substring(1)));
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
    void withoutLoginToLoginAndAsOrganisationOrAandachtsfunctionarisForbidden() throws Exception {
        mvc.perform(get("/export/voortgang.csv").param("jaar", "2026"))
                .andExpect(status().is3xxRedirection()).andExpect(header().string("Location", endsWith("/login")));
        mvc.perform(get("/export/voortgang.csv").param("jaar", "2026").with(user(gebruikers.loadUserByUsername("organisatie"))))
                .andExpect(status().isForbidden());
        mvc.perform(get("/export/voortgang.csv").param("jaar", "2026")
                        .with(user(gebruikers.loadUserByUsername("aandachtsfunctionaris"))))
                .andExpect(status().isForbidden());
    }

    private List<CSVRecord> download(String gebruikersnaam, String url) throws Exception {
        byte[] body = mvc.perform(get(url).with(user(gebruikers.loadUserByUsername(gebruikersnaam))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        assertThat(body).startsWith(0xEF, 0xBB, 0xBF);
        String csv = new String(body, StandardCharsets.UTF_8).substring(1);
        var parser = CSVFormat.EXCEL.builder().setDelimiter(';').setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(csv));
        assertThat(parser.getHeaderNames()).startsWith("organisatie", "kvk", "jaar", "status_uitvraag", "ingediend_op");
        assertThat(parser.getHeaderNames()).contains("keurmerk", "criterium_V1", "criterium_F1", "verandering");
        return parser.getRecords();
    }
}
