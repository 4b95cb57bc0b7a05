package nl.gezin1plan.monitor.keurmerk;

import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * The judgements on a set of uitvragen, e.g. a year's within the caller's scope as the uitvraag module gives them, in
 * blocks of ids: keurmerk reads only its own table and never asks uitvraag's which uitvragen belong to a year.
 */
@Component
class OordelenVanJaar {

    private static final int BLOK = 1_000;

    private final KeurmerkOordeelRepository oordelen;

    OordelenVanJaar(KeurmerkOordeelRepository oordelen) {
        this.oordelen = oordelen;
    }

    List<KeurmerkOordeel> van(List<Long> uitvraagIds) {
        List<KeurmerkOordeel> lijst = new ArrayList<>();
        for (int van = 0; van < uitvraagIds.size(); van += BLOK) {
            lijst.addAll(oordelen.findByUitvraagIdIn(uitvraagIds.subList(van, Math.min(van + BLOK, uitvraagIds.size()))));
        }
        return lijst;
    }
}
