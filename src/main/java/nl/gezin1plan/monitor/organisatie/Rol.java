package nl.gezin1plan.monitor.organisatie;

/** The roles people hold in the region; their scope decides what they may see and change. */
public enum Rol {
    BEHEERDER,
    AGENDAHOUDER,
    AANDACHTSFUNCTIONARIS,
    ORGANISATIE,
    ACCOUNTMANAGER
}
