package nl.gezin1plan.monitor.checklist;

import java.util.List;

/** The shape of a checklist content file under {@code content/checklist/}. */
record ChecklistInhoud(String versie, String naam, String bron, List<Lijst> checklists) {

    record Lijst(ChecklistSoort soort, String sectie, String titel, List<Thema> themas) {
    }

    record Thema(String code, String naam, List<Item> items) {
    }

    record Item(String tekst, boolean optioneel, boolean keurmerk, List<String> subpunten, String advies) {

        List<String> subpuntenOfLeeg() {
            return subpunten == null ? List.of() : subpunten;
        }
    }
}
