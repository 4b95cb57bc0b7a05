package nl.gezin1plan.monitor.checklist;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A yearly checklist with its items in the handreiking's order, ready to show. */
public record ChecklistWeergave(long id, ChecklistEigenaar eigenaar, String eigenaarNaam, String gemeenteNaam,
                                int jaar, String versieNaam, boolean wijzigbaar, List<ItemRegel> items) {

    public Voortgang voortgang() {
        return Voortgang.van(items.stream().map(ItemRegel::status).toList());
    }

    /** Items per theme, in template order, keyed by the theme as written, e.g. "A Commitment". */
    public Map<String, List<ItemRegel>> perThema() {
        Map<String, List<ItemRegel>> perThema = new LinkedHashMap<>();
        for (ItemRegel item : items) {
            perThema.computeIfAbsent(item.thema(), t -> new java.util.ArrayList<>()).add(item);
        }
        return perThema;
    }
}
