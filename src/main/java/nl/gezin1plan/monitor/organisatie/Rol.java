package nl.gezin1plan.monitor.organisatie;

/**
 * The roles people hold in the region, each with the kind of unit it is held in. What a role may do is decided in
 * {@code security.Rechten}; where, by its unit ({@code security.Scope}). A new role is a value here with its unit,
 * and its rights.
 */
public enum Rol {
    BEHEERDER(Eenheid.REGIO),
    AGENDAHOUDER(Eenheid.GEMEENTE),
    AANDACHTSFUNCTIONARIS(Eenheid.AFDELING),
    ORGANISATIE(Eenheid.ORGANISATIE),
    ACCOUNTMANAGER(Eenheid.REGIO);

    /** The kind of unit a role is held in: the person's gemeente, afdeling or organisation, or none (region-wide). */
    public enum Eenheid {
        REGIO,
        GEMEENTE,
        AFDELING,
        ORGANISATIE
    }

    private final Eenheid eenheid;

    Rol(Eenheid eenheid) {
        this.eenheid = eenheid;
    }

    public Eenheid eenheid() {
        return eenheid;
    }

    /** The Dutch name, as kept in stored texts such as the audit log ("Agendahouder"). */
    public String label() {
        return name().charAt(0) + name().substring(1).toLowerCase(java.util.Locale.ROOT);
    }
}
