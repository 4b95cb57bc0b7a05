package nl.gezin1plan.monitor.uitvraag;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** Parses questionnaire content; a stored version never changes, so each is parsed once. */
@Component
public class UitvraagInhoudLezer {

    private final JsonMapper json = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .build();
    private final Map<Long, UitvraagInhoud> perDefinitie = new ConcurrentHashMap<>();

    public UitvraagInhoud lees(String inhoud) {
        return json.readValue(inhoud, UitvraagInhoud.class).metTekst(inhoud);
    }

    public UitvraagInhoud van(UitvraagDefinitie definitie) {
        return perDefinitie.computeIfAbsent(definitie.getId(), id -> lees(definitie.getInhoud()));
    }
}
