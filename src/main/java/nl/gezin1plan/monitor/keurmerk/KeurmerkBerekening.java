package nl.gezin1plan.monitor.keurmerk;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import nl.gezin1plan.monitor.uitvraag.UitslagBerekening;
import nl.gezin1plan.monitor.uitvraag.UitvraagStand;
import nl.gezin1plan.monitor.uitvraag.VastgelegdeUitslag;
import org.springframework.stereotype.Component;

/** The keurmerk of a batch of uitvragen from their answers and the gemeente's judgements, read in one query. */
@Component
class KeurmerkBerekening implements UitslagBerekening {

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

    @Override
    public Map<Long, VastgelegdeUitslag> bereken(List<UitvraagStand> standen) {
        Map<Long, KeurmerkUitslag> uitslagen = uitslagen(standen);
        Map<Long, VastgelegdeUitslag> vastgelegd = new HashMap<>();
        for (UitvraagStand s : standen) {
            KeurmerkUitslag uitslag = uitslagen.get(s.uitvraagId());
            Map<String, String> criteria = new LinkedHashMap<>();
            uitslag.criteria().forEach(c -> criteria.put(c.criterium().sleutel(), c.uitkomst().name()));
            vastgelegd.put(s.uitvraagId(), new VastgelegdeUitslag(s.procentBeantwoord(), uitslag.totaal().name(), criteria));
        }
        return vastgelegd;
    }
}
