package nl.gezin1plan.monitor.checklist;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;

/** The content file holds the handreiking's checklists complete: every item of sections 2.3 and 2.4. */
class ChecklistInhoudTest {

    private final ChecklistInhoud inhoud = new ChecklistInhoudLader(null, null, null)
            .lees(new ClassPathResource("content/checklist/handreiking-v6.json"));

    @Test
    void isMarkedAsHandreikingVersion6() {
        assertThat(inhoud.versie()).isEqualTo("6");
        assertThat(inhoud.naam()).isEqualTo("Handreiking versie 6 (2019)");
    }

    @Test
    void agendahouderChecklistHas28ItemsInSevenThemes() {
        assertThat(aantallen(lijst(ChecklistSoort.AGENDAHOUDER))).containsExactly(
                Map.entry("A Commitment", 8), Map.entry("B Organisatiestructuur", 4),
                Map.entry("C Financiële middelen", 2), Map.entry("D Deskundigheidsbevordering", 4),
                Map.entry("E Bevoegdheden", 3), Map.entry("F Monitoring", 3), Map.entry("G Onderhoud", 4));
    }

    @Test
    void aandachtsfunctionarisChecklistHas19ItemsInSixThemes() {
        assertThat(aantallen(lijst(ChecklistSoort.AANDACHTSFUNCTIONARIS))).containsExactly(
                Map.entry("A Commitment", 4), Map.entry("B Organisatiestructuur", 6),
                Map.entry("C Financiële middelen", 1), Map.entry("D Deskundigheidsbevordering", 3),
                Map.entry("E Bevoegdheden", 3), Map.entry("F Monitoring", 2));
    }

    @Test
    void keurmerkItemsAreB1ToB4D2ToD4E2AndF1() {
        assertThat(codes(lijst(ChecklistSoort.AGENDAHOUDER), true, false))
                .containsExactly("B1", "B2", "B3", "B4", "D2", "D3", "D4", "E2", "F1");
        assertThat(codes(lijst(ChecklistSoort.AANDACHTSFUNCTIONARIS), true, false)).isEmpty();
    }

    @Test
    void optionalItemsAreA8WithThreeSubpointsAndF3WithFour() {
        ChecklistInhoud.Lijst agendahouder = lijst(ChecklistSoort.AGENDAHOUDER);
        assertThat(codes(agendahouder, false, true)).containsExactly("A8", "F3");
        assertThat(agendahouder.themas().get(0).items().get(7).subpunten()).hasSize(3);
        assertThat(agendahouder.themas().get(5).items().get(2).subpunten()).hasSize(4);
    }

    @Test
    void everyItemHasTextAndMostHaveAdviceFromSections21And22() {
        long zonderAdvies = inhoud.checklists().stream().flatMap(l -> l.themas().stream())
                .flatMap(t -> t.items().stream())
                .peek(i -> assertThat(i.tekst()).isNotBlank())
                .filter(i -> i.advies() == null).count();
        assertThat(zonderAdvies).isLessThanOrEqualTo(5);
    }

    private ChecklistInhoud.Lijst lijst(ChecklistSoort soort) {
        return inhoud.checklists().stream().filter(l -> l.soort() == soort).findFirst().orElseThrow();
    }

    private static Map<String, Integer> aantallen(ChecklistInhoud.Lijst lijst) {
        Map<String, Integer> aantallen = new LinkedHashMap<>();
        lijst.themas().forEach(t -> aantallen.put(t.code() + " " + t.naam(), t.items().size()));
        return aantallen;
    }

    private static List<String> codes(ChecklistInhoud.Lijst lijst, boolean keurmerk, boolean optioneel) {
        return lijst.themas().stream().flatMap(t -> {
            List<ChecklistInhoud.Item> items = t.items();
            return java.util.stream.IntStream.range(0, items.size())
                    .filter(i -> (!keurmerk || items.get(i).keurmerk()) && (!optioneel || items.get(i).optioneel()))
                    .mapToObj(i -> t.code() + (i + 1));
        }).toList();
    }
}
