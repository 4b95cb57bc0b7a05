package nl.gezin1plan.monitor.checklist;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Progress of one yearly checklist, overall and per theme, and how many actions are overdue. */
public record ChecklistSamenvatting(long checklistId, Voortgang voortgang, Map<String, Voortgang> perThema,
                                    int verlopen) {

    static ChecklistSamenvatting van(long checklistId, List<ItemRegel> items, LocalDate vandaag) {
        Map<String, List<ItemStatus>> statussen = new LinkedHashMap<>();
        int verlopen = 0;
        for (ItemRegel item : items) {
            statussen.computeIfAbsent(item.thema(), t -> new java.util.ArrayList<>()).add(item.status());
            if (item.isVerlopen(vandaag)) {
                verlopen++;
            }
        }
        Map<String, Voortgang> perThema = new LinkedHashMap<>();
        statussen.forEach((thema, lijst) -> perThema.put(thema, Voortgang.van(lijst)));
        return new ChecklistSamenvatting(checklistId, Voortgang.van(items.stream().map(ItemRegel::status).toList()),
                perThema, verlopen);
    }
}
