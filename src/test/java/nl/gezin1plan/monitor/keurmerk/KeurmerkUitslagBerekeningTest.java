package nl.gezin1plan.monitor.keurmerk;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import nl.gezin1plan.monitor.uitvraag.UitvraagInhoud;
import nl.gezin1plan.monitor.uitvraag.UitvraagInhoudLezer;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;

class KeurmerkUitslagBerekeningTest {

    private final UitvraagInhoud inhoud = new UitvraagInhoudLezer().lees(
            new ClassPathResource("content/uitvraag/uitvraag-2019.json").getContentAsString(StandardCharsets.UTF_8));

    KeurmerkUitslagBerekeningTest() throws IOException {
    }

    @Test
    void nothingAnsweredLeavesEveryCriterionUnknownWithWhatIsMissing() {
        KeurmerkUitslag uitslag = KeurmerkUitslagBerekening.bereken(inhoud, Map.of(), true, Map.of());

        assertThat(uitslag.criteria()).allMatch(c -> c.uitkomst() == Uitkomst.ONBEKEND);
        assertThat(uitslag.totaal()).isEqualTo(Uitkomst.ONBEKEND);
        assertThat(uitslag.criterium("V5").openPunten()).containsExactly(
                "Nog niet beantwoord: Is er een scholingsplan?",
                "Nog niet beantwoord: Zijn uw regisseurs geschoold in minimaal module 1 en 2 van de training Werken met 1Gezin1Plan?");
    }

    @Test
    void virCriterionDoesNotApplyToOrganisationsWithoutYouth() {
        assertThat(KeurmerkUitslagBerekening.bereken(inhoud, Map.of(), false, Map.of()).criterium("B2").uitkomst())
                .isEqualTo(Uitkomst.NIET_VAN_TOEPASSING);
    }

    @Test
    void aQuestionClosedByAnEarlierAnswerCountsAsNotMet() {
        KeurmerkUitslag uitslag = KeurmerkUitslagBerekening.bereken(inhoud, Map.of("implementatieplan", "nee"), false, Map.of());

        assertThat(uitslag.criterium("V2").uitkomst()).isEqualTo(Uitkomst.NIET_VOLDAAN);
        assertThat(uitslag.criterium("V3").uitkomst()).isEqualTo(Uitkomst.NIET_VOLDAAN);
        assertThat(uitslag.totaal()).isEqualTo(Uitkomst.NIET_VOLDAAN);
    }

    @Test
    void allBasicRequirementsMetMeansTheKeurmerkIsMetWhateverTheCriteriaInDevelopmentSay() {
        Map<String, String> antwoorden = new HashMap<>();
        for (String ja : new String[] {"richtlijn_vastgesteld", "implementatieplan", "aandachtsfunctionaris_benoemd",
                "implementatiebijeenkomsten", "competentieprofiel_regisseur", "scholingsplan", "regisseurs_module_1_en_2"}) {
            antwoorden.put(ja, "ja");
        }
        antwoorden.put("meldcode", "nee");

        KeurmerkUitslag uitslag = KeurmerkUitslagBerekening.bereken(inhoud, antwoorden, false, Map.of());

        assertThat(uitslag.totaal()).isEqualTo(Uitkomst.VOLDAAN);
        assertThat(uitslag.criterium("B3").uitkomst()).isEqualTo(Uitkomst.NIET_VOLDAAN);
        assertThat(uitslag.criterium("B3").openPunten()).singleElement().asString().endsWith("Antwoord: nee.");
    }

    @Test
    void theGemeentesJudgementOverridesTheDerivedResult() {
        KeurmerkUitslag uitslag = KeurmerkUitslagBerekening.bereken(inhoud, Map.of("richtlijn_vastgesteld", "nee"), false,
                Map.of("V1", new CriteriumUitslag.Oordeel(Uitkomst.VOLDAAN, "Besluit MT gezien", "agendahouder", null)));

        assertThat(uitslag.criterium("V1").afgeleid()).isEqualTo(Uitkomst.NIET_VOLDAAN);
        assertThat(uitslag.criterium("V1").uitkomst()).isEqualTo(Uitkomst.VOLDAAN);
    }
}
