package nl.gezin1plan.monitor.keurmerk;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.gezin1plan.monitor.uitvraag.UitvraagStand;
import org.springframework.stereotype.Component;

/** The keurmerk of a batch of uitvragen from their answers and the gemeente's judgements, read in one query. */
@Component
class KeurmerkBerekening {

    private final OordelenPerUitvraag oordelen;

    KeurmerkBerekening(OordelenPerUitvraag oordelen) {
        this.oordelen = oordelen;
    }

    Map<Long, KeurmerkUitslag> uitslagen(List<UitvraagStand> standen) {
        Map<Long, Map<String, CriteriumUitslag.Oordeel>> perUitvraag =
                oordelen.van(standen.stream().map(UitvraagStand::uitvraagId).toList());
        Map<Long, KeurmerkUitslag> uitslagen = new HashMap<>();
        for (UitvraagStand s : standen) {
            uitslagen.put(s.uitvraagId(), KeurmerkService.uitslag(s, perUitvraag));
        }
        return uitslagen;
    }
}
