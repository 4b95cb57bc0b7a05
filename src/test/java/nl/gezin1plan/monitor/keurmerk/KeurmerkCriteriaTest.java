package nl.gezin1plan.monitor.keurmerk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import nl.gezin1plan.monitor.uitvraag.UitvraagInhoud;
import nl.gezin1plan.monitor.uitvraag.UitvraagInhoudLezer;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;

/** Keurmerk reads its criteria from the questionnaire version's own "keurmerk" section. */
class KeurmerkCriteriaTest {

    private static String tekst() throws IOException {
        return new ClassPathResource("content/uitvraag/uitvraag-2019.json").getContentAsString(StandardCharsets.UTF_8);
    }

    @Test
    void theShippedVersionHasTheFiveBasicRequirementsAndTheCriteriaInDevelopment() throws IOException {
        UitvraagInhoud inhoud = new UitvraagInhoudLezer().lees(tekst());

        assertThat(KeurmerkCriteria.van(inhoud)).extracting(KeurmerkCriterium::sleutel)
                .containsExactly("V1", "V2", "V3", "V4", "V5", "B1", "B2", "B3", "B4", "D2", "D3", "D4", "E2", "F1");
        assertThat(KeurmerkCriteria.van(inhoud)).filteredOn(c -> c.soort() == KeurmerkCriterium.Soort.BASISEIS)
                .extracting(KeurmerkCriterium::sleutel).containsExactly("V1", "V2", "V3", "V4", "V5");
        assertThat(KeurmerkCriteria.van(inhoud).getFirst().regel()).singleElement()
                .satisfies(v -> assertThat(v.vraag()).isEqualTo("richtlijn_vastgesteld"));
        new KeurmerkCriteria().controleer(inhoud);
    }

    @Test
    void aRuleOnAnUnknownQuestionStopsLoading() throws IOException {
        String fout = tekst().replaceFirst("\"vraag\": \"richtlijn_vastgesteld\"", "\"vraag\": \"bestaat_niet\"");
        UitvraagInhoud inhoud = new UitvraagInhoudLezer().lees(fout);

        assertThatThrownBy(() -> new KeurmerkCriteria().controleer(inhoud)).hasMessageContaining("bestaat_niet");
    }

    @Test
    void aVersionWithoutAKeurmerkSectionHasNoCriteria() throws IOException {
        String zonder = "{\"versie\": \"zonder\", \"naam\": \"Zonder keurmerk\", \"bron\": \"test\", \"secties\": []}";

        assertThat(KeurmerkCriteria.van(new UitvraagInhoudLezer().lees(zonder))).isEmpty();
    }
}
