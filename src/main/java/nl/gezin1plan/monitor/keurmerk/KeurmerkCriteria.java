package nl.gezin1plan.monitor.keurmerk;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import nl.gezin1plan.monitor.uitvraag.UitvraagInhoud;
import nl.gezin1plan.monitor.uitvraag.UitvraagInhoudControle;
import nl.gezin1plan.monitor.uitvraag.Voorwaarde;
import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The keurmerk criteria of a questionnaire version: its content file's "keurmerk" section, which this module reads
 * itself, so that the criteria are keurmerk's types. A version never changes, so each text is read once. As a
 * {@link UitvraagInhoudControle} it stops start-up when a criterion names a question the version does not have.
 */
@Component
public class KeurmerkCriteria implements UitvraagInhoudControle {

    private static final JsonMapper JSON = JsonMapper.builder()
            .disable(tools.jackson.databind.DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES).build();
    private static final Map<String, List<KeurmerkCriterium>> PER_TEKST = new ConcurrentHashMap<>();

    /** The criteria of this version, in the order of the content file; none when it has no "keurmerk" section. */
    public static List<KeurmerkCriterium> van(UitvraagInhoud inhoud) {
        if (inhoud.tekst() == null) {
            return List.of();
        }
        return PER_TEKST.computeIfAbsent(inhoud.tekst(), KeurmerkCriteria::lees);
    }

    private static List<KeurmerkCriterium> lees(String tekst) {
        JsonNode sectie = JSON.readTree(tekst).get("keurmerk");
        if (sectie == null || sectie.isNull()) {
            return List.of();
        }
        return List.copyOf(JSON.convertValue(sectie, new TypeReference<List<KeurmerkCriterium>>() { }));
    }

    @Override
    public void controleer(UitvraagInhoud inhoud) {
        for (KeurmerkCriterium criterium : van(inhoud)) {
            for (Voorwaarde voorwaarde : criterium.regel()) {
                if (inhoud.vraag(voorwaarde.vraag()).isEmpty()) {
                    throw new IllegalStateException("Criterium " + criterium.sleutel() + " verwijst naar onbekende vraag "
                            + voorwaarde.vraag());
                }
            }
        }
    }
}
