package nl.gezin1plan.monitor.uitvraag;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;

class UitvraagInhoudTest {

    static UitvraagInhoud inhoud() throws IOException {
        return new UitvraagInhoudLezer().lees(new ClassPathResource("content/uitvraag/uitvraag-2019.json")
                .getContentAsString(StandardCharsets.UTF_8));
    }

    private final UitvraagInhoud inhoud = inhoud();

    UitvraagInhoudTest() throws IOException {
    }

    @Test
    void holdsTheBijlageQuestionsAndTheAgendahouderItems() {
        assertThat(inhoud.vragen()).extracting(Vraag::sleutel).contains("werkt_volgens_richtlijn",
                "reden_niet_volgens_richtlijn", "implementatieplan", "aandachtsfunctionaris_benoemd",
                "werkwijze_in_werkproces", "scholingsplan", "percentage_geschoold", "belemmeringen_implementatie",
                "belemmeringen_werken", "taken_geborgd", "aangesloten_vir", "vir_signaleringsafspraken", "meldcode",
                "competentieprofiel_regisseur", "scholing_medewerkers", "scholing_aandachtsfunctionarissen",
                "scholing_leidinggevenden", "regiekaart_geborgd", "monitort_inzet");
        assertThat(inhoud.vragen()).extracting(Vraag::type).contains(VraagType.values());
        UitvraagInhoudLader.controleer(inhoud);
    }

    @Test
    void noOnTheRichtlijnAsksWhy() {
        Vraag waarom = inhoud.vraag("reden_niet_volgens_richtlijn").orElseThrow();

        assertThat(inhoud.isVanToepassing(waarom, Map.of(), false)).isFalse();
        assertThat(inhoud.isVanToepassing(waarom, Map.of("werkt_volgens_richtlijn", "ja"), false)).isFalse();
        assertThat(inhoud.isVanToepassing(waarom, Map.of("werkt_volgens_richtlijn", "nee"), false)).isTrue();
    }

    @Test
    void anImplementatieplanOpensItsFourFollowUpQuestionsAndNoOpensTheObstacles() {
        List<String> bijJa = sleutels(inhoud.vanToepassing(Map.of("implementatieplan", "ja"), false));
        List<String> bijNee = sleutels(inhoud.vanToepassing(Map.of("implementatieplan", "nee"), false));

        assertThat(bijJa).contains("aandachtsfunctionaris_benoemd", "werkwijze_in_werkproces", "scholingsplan",
                "percentage_geschoold").doesNotContain("belemmeringen_implementatie");
        assertThat(bijNee).contains("belemmeringen_implementatie").doesNotContain("aandachtsfunctionaris_benoemd");
    }

    @Test
    void virQuestionsOnlyApplyToOrganisationsWorkingWithYouth() {
        Map<String, String> antwoorden = Map.of("aangesloten_vir", "ja");

        assertThat(sleutels(inhoud.vanToepassing(antwoorden, false)))
                .doesNotContain("aangesloten_vir", "vir_signaleringsafspraken");
        assertThat(sleutels(inhoud.vanToepassing(antwoorden, true)))
                .contains("aangesloten_vir", "vir_signaleringsafspraken");
    }

    @Test
    void answersAreCheckedAgainstTheQuestionType() {
        assertThat(inhoud.vraag("percentage_geschoold").orElseThrow().controleer("101"))
                .contains("Vul een percentage in van 0 tot en met 100, zonder %-teken, bijvoorbeeld 62,5.");
        assertThat(inhoud.vraag("percentage_geschoold").orElseThrow().controleer("75")).isEmpty();
        assertThat(inhoud.vraag("implementatieplan").orElseThrow().controleer("misschien")).contains("Kies ja of nee.");
        assertThat(inhoud.vraag("monitoringsmethode").orElseThrow().controleer("Steekproef van plannen")).isEmpty();
        assertThat(inhoud.vraag("laatste_evaluatie").orElseThrow().controleer("31-02-2026")).isPresent();
        assertThat(inhoud.vraag("aantal_regisseurs").orElseThrow().controleer("-3")).isPresent();
        assertThat(inhoud.vraag("belemmeringen_werken").orElseThrow().controleer("x".repeat(4001))).isPresent();
    }

    private static List<String> sleutels(List<Vraag> vragen) {
        return vragen.stream().map(Vraag::sleutel).toList();
    }
}
