package nl.gezin1plan.monitor.checklist;

public enum ItemStatus {
    NIET_GESTART("Niet gestart"),
    IN_UITVOERING("In uitvoering"),
    GEREED("Gereed"),
    NIET_VAN_TOEPASSING("Niet van toepassing");

    private final String label;

    ItemStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public boolean isOpen() {
        return this == NIET_GESTART || this == IN_UITVOERING;
    }
}
