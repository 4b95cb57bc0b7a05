package nl.gezin1plan.monitor.keurmerk;

import java.util.List;
import java.util.Map;

/**
 * The kept keurmerk of a year's uitvragen without their criteria, and how many of them meet each criterion (by
 * criterion key; a criterion nobody meets is absent).
 */
public record RondeKeurmerk(List<VastgelegdeUitslag> uitslagen, Map<String, Long> voldaanPerCriterium) {

    public long voldaan(String criterium) {
        return voldaanPerCriterium.getOrDefault(criterium, 0L);
    }
}
