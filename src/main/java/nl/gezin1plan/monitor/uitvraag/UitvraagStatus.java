package nl.gezin1plan.monitor.uitvraag;

public enum UitvraagStatus {
    NIET_GESTART("Niet gestart"),
    CONCEPT("Concept"),
    INGEDIEND("Ingediend"),
    HEROPEND("Heropend");

    private final String label;

    UitvraagStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public boolean isBewerkbaar() {
        return this != INGEDIEND;
    }
}
