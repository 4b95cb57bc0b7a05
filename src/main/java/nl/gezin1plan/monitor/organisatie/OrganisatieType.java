package nl.gezin1plan.monitor.organisatie;

public enum OrganisatieType {
    JEUGDHULP("Jeugdhulp"),
    WMO_AANBIEDER("Wmo-aanbieder"),
    GGZ("GGZ"),
    ONDERWIJS("Onderwijs"),
    HUISARTSENZORG("Huisartsenzorg"),
    GECERTIFICEERDE_INSTELLING("Gecertificeerde instelling"),
    LOKAAL_TEAM("Lokaal team"),
    OVERIG("Overig");

    private final String label;

    OrganisatieType(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
