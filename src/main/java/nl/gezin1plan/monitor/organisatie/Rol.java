package nl.gezin1plan.monitor.organisatie;

/** The roles people hold in the region; their scope decides what they may see and change. */
public enum Rol {
    BEHEERDER,
    AGENDAHOUDER,
    AANDACHTSFUNCTIONARIS,
    ORGANISATIE,
    ACCOUNTMANAGER;

    /** The Dutch name, as kept in stored texts such as the audit log ("Agendahouder"). */
    public String label() {
        return name().charAt(0) + name().substring(1).toLowerCase(java.util.Locale.ROOT);
    }
}
