package nl.gezin1plan.monitor.keurmerk;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import nl.gezin1plan.monitor.uitvraag.UitvraagStand;
import org.springframework.stereotype.Component;

/** The keurmerk of a batch of uitvragen from their answers and the gemeente's judgements, read in one query. */
@Component
class KeurmerkBerekening {

    private final KeurmerkOordeelRepository oordelen;

    KeurmerkBerekening(KeurmerkOordeelRepository oordelen) {
        this.oordelen = oordelen;
    }

    Map<Long, KeurmerkUitslag> uitslagen(List<UitvraagStand> standen) {
        Map<Long, Map<String, CriteriumUitslag.Oordeel>> perUitvraag = standen.isEmpty() ? Map.of()
                : oordelen.findByUitvraagIdIn(standen.stream().map(UitvraagStand::uitvraagId).toList()).stream()
                .collect(Collectors.groupingBy(KeurmerkOordeel::getUitvraagId,
                        Collectors.toMap(KeurmerkOordeel::getCriterium, KeurmerkOordeel::alsOordeel)));
        Map<Long, KeurmerkUitslag> uitslagen = new HashMap<>();
        for (UitvraagStand s : standen) {
            uitslagen.put(s.uitvraagId(), KeurmerkService.uitslag(s, perUitvraag));
        }
        return uitslagen;
    }
}
