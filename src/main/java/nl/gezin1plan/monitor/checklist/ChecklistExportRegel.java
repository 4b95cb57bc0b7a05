package nl.gezin1plan.monitor.checklist;

/** One row of the checklist export: the item with the gemeente, afdeling and checklist it belongs to. */
public record ChecklistExportRegel(String gemeente, String afdeling, ChecklistSoort soort, String versie, int jaar,
                                   ItemRegel item) {
}
