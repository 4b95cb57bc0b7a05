package nl.gezin1plan.monitor.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.hamcrest.Matchers.endsWith;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import nl.gezin1plan.monitor.checklist.ChecklistEigenaar;
import nl.gezin1plan.monitor.checklist.ChecklistService;
import nl.gezin1plan.monitor.checklist.ItemRegel;
import nl.gezin1plan.monitor.checklist.ItemStatus;
import nl.gezin1plan.monitor.checklist.ItemWijziging;
import nl.gezin1plan.monitor.organisatie.Gemeente;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class ChecklistExportControllerTest extends ExportTestBasis {

    private static final Map<String, Long> GEMEENTE_THEMAS = Map.of("A Commitment", 8L, "B Organisatiestructuur", 4L,
            "C Financiële middelen", 2L, "D Deskundigheidsbevordering", 4L, "E Bevoegdheden", 3L, "F Monitoring", 3L,
            "G Onderhoud", 4L);
    private static final Map<String, Long> AFDELING_THEMAS = Map.of("A Commitment", 4L, "B Organisatiestructuur", 6L,
            "C Financiële middelen", 1L, "D Deskundigheidsbevordering", 3L, "E Bevoegdheden", 3L, "F Monitoring", 2L);

    @Autowired
    ChecklistService checklists;

    @Test
    void withoutSessionTheUserIsSentToLogin() throws Exception {
        mvc.perform(get("/export/checklists.csv").param("jaar", "2026"))
                .andExpect(status().is3xxRedirection())
                .andExpect(header().string("Location", endsWith("/login")));
    }

    @Test
    void organisationUserIsForbidden() throws Exception {
        mvc.perform(get("/export/checklists.csv").param("jaar", "2026").with(user(gebruikers.loadUserByUsername("organisatie"))))
                .andExpect(status().isForbidden());
    }

    @Test
    void agendahouderGetsTheirGemeenteAndItsAfdelingenWithTheHandreikingsCounts() throws Exception {
        List<CSVRecord> regels = download("agendahouder", 2026);

        assertThat(regels).extracting(r -> r.get("gemeente")).containsOnly("Leiden");
        Map<String, List<CSVRecord>> perChecklist = regels.stream()
                .collect(Collectors.groupingBy(r -> r.get("afdeling")));
        assertThat(perChecklist.keySet()).containsExactlyInAnyOrder("", "Sociaal wijkteam Leiden-Noord",
                "Jeugd- en gezinsteam Leiden");
        assertThat(perChecklist.get("")).hasSize(28)
                .allMatch(r -> r.get("checklist").equals("agendahouder") && r.get("jaar").equals("2026")
                        && r.get("versie").equals("Handreiking versie 6 (2019)"));
        assertThat(perThema(perChecklist.get(""))).isEqualTo(GEMEENTE_THEMAS);
        assertThat(perChecklist.get("Sociaal wijkteam Leiden-Noord")).hasSize(19)
                .allMatch(r -> r.get("checklist").equals("aandachtsfunctionaris"));
        assertThat(perThema(perChecklist.get("Jeugd- en gezinsteam Leiden"))).isEqualTo(AFDELING_THEMAS);
    }

    @Test
    void regionSees28RowsPerGemeenteAnd19PerAfdeling() throws Exception {
        List<CSVRecord> regels = download("beheerder", 2026);

        Map<String, Long> perChecklist = regels.stream().collect(Collectors.groupingBy(
                r -> r.get("gemeente") + "/" + r.get("afdeling"), Collectors.counting()));
        assertThat(perChecklist).containsEntry("Leiden/", 28L).containsEntry("Alphen aan den Rijn/", 28L)
                .containsEntry("Gouda/", 28L).containsEntry("Alphen aan den Rijn/Sociaal team Alphen", 19L);
        perChecklist.forEach((checklist, aantal) ->
                assertThat(aantal).as(checklist).isEqualTo(checklist.endsWith("/") ? 28L : 19L));
    }

    @Test
    void aandachtsfunctionarisGetsOnlyTheirAfdeling() throws Exception {
        assertThat(download("aandachtsfunctionaris", 2026)).hasSize(19)
                .allMatch(r -> r.get("afdeling").equals("Sociaal wijkteam Leiden-Noord"));
    }

    @Test
    void formulasInUserTextAreNeutralisedAndDatesAreIso() throws Exception {
        Gemeente gemeente = gegevens.gemeente();
        String agendahouder = gegevens.agendahouder(gemeente);
        gegevens.logIn(agendahouder);
        ItemRegel item = checklists.start(ChecklistEigenaar.gemeente(gemeente.getId()), 2026).items().getFirst();
        checklists.wijzig(item.id(), item.version(), new ItemWijziging("=HYPERLINK(\"http://x\")", "+31 71 000",
                java.time.LocalDate.of(2026, 4, 1), ItemStatus.IN_UITVOERING, null, "@SUM(1)"));
        gegevens.logUit();

        CSVRecord regel = download(agendahouder, 2026).getFirst();

        assertThat(regel.get("geplande_actie")).isEqualTo("'=HYPERLINK(\"http://x\")");
        assertThat(regel.get("verantwoordelijke")).isEqualTo("'+31 71 000");
        assertThat(regel.get("notitie")).isEqualTo("'@SUM(1)");
        assertThat(regel.get("planning")).isEqualTo("2026-04-01");
        assertThat(regel.get("status")).isEqualTo("In uitvoering");
        assertThat(regel.get("thema")).isEqualTo("A Commitment");
        assertThat(regel.get("nummer")).isEqualTo("1");
    }

    private List<CSVRecord> download(String gebruikersnaam, int jaar) throws Exception {
        var parser = download(gebruikersnaam, "/export/checklists.csv?jaar=" + jaar);
        assertThat(parser.getHeaderNames()).startsWith("gemeente", "afdeling", "checklist", "versie", "jaar", "thema",
                "nummer", "item", "optioneel", "keurmerk", "geplande_actie", "verantwoordelijke", "planning", "status");
        return parser.getRecords();
    }

    private static Map<String, Long> perThema(List<CSVRecord> regels) {
        return regels.stream().collect(Collectors.groupingBy(r -> r.get("thema"), Collectors.counting()));
    }
}
