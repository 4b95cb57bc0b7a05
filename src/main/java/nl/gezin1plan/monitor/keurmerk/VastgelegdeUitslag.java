package nl.gezin1plan.monitor.keurmerk;

import java.util.Map;
import nl.gezin1plan.monitor.uitvraag.UitvraagStatus;

/**
 * The keurmerk of one uitvraag as kept, overall and per criterion (by its key), with the uitvraag's status and
 * share of required questions answered: one narrow row per organisation for overviews over years.
 */
public record VastgelegdeUitslag(long uitvraagId, long organisatieId, UitvraagStatus status, int procentBeantwoord,
                                 Uitkomst totaal, Map<String, Uitkomst> criteria) {

    public VastgelegdeUitslag {
        criteria = Map.copyOf(criteria);
    }
}
