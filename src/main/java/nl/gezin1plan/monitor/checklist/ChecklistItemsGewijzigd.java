package nl.gezin1plan.monitor.checklist;

import java.time.Instant;
import java.util.List;
import nl.gezin1plan.monitor.organisatie.Rol;

/**
 * Published within the transaction that created items of one checklist (a year started) or changed one of them, once
 * they are saved: who, when, whose checklist and which items. Only a change the item's history keeps is published (a
 * save that changes nothing is not). Listeners that run synchronously, such as the audit log, take part in that
 * transaction, so what they record commits or rolls back with the change. {@code afdeling} is null for a gemeente's
 * own checklist.
 */
public record ChecklistItemsGewijzigd(String gebruikersnaam, Rol rol, Instant op, String gemeente, String afdeling,
                                      int jaar, List<Item> items) {

    public ChecklistItemsGewijzigd {
        items = List.copyOf(items);
    }

    public enum Soort {
        AANGEMAAKT,
        GEWIJZIGD
    }

    /** {@code code}: theme and number as the handreiking writes it, e.g. "A1". */
    public record Item(long itemId, String code, Soort soort) {
    }
}
