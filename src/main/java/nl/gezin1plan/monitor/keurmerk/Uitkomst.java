package nl.gezin1plan.monitor.keurmerk;

public enum Uitkomst {
    VOLDAAN("Voldaan"),
    NIET_VOLDAAN("Niet voldaan"),
    ONBEKEND("Onbekend"),
    NIET_VAN_TOEPASSING("Niet van toepassing");

    private final String label;

    Uitkomst(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
