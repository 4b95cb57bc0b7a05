package nl.gezin1plan.monitor.security;

/** Role names as constants, for {@code @RolesAllowed} on views. Mirrors {@link nl.gezin1plan.monitor.organisatie.Rol}. */
public final class Rollen {

    public static final String BEHEERDER = "BEHEERDER";
    public static final String AGENDAHOUDER = "AGENDAHOUDER";
    public static final String AANDACHTSFUNCTIONARIS = "AANDACHTSFUNCTIONARIS";
    public static final String ORGANISATIE = "ORGANISATIE";
    public static final String ACCOUNTMANAGER = "ACCOUNTMANAGER";

    private Rollen() {
    }
}
