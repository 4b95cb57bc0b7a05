package nl.gezin1plan.monitor.checklist;

/** Which of the handreiking's two checklists: section 2.3 (gemeente) or 2.4 (uitvoerende afdeling). */
public enum ChecklistSoort {
    AGENDAHOUDER("agendahouder"),
    AANDACHTSFUNCTIONARIS("aandachtsfunctionaris");

    private final String label;

    ChecklistSoort(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
