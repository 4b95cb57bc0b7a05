package nl.gezin1plan.monitor.organisatie;

/**
 * What other modules may use of the organisation tables in their own SQL, for reads too large for entities (streams
 * for exports): a fixed set of columns under stable names. The table behind it is this module's to change.
 */
public final class OrganisatieSql {

    /**
     * Every organisation as a row of {@code id}, {@code naam}, {@code kvk_nummer} and {@code werkt_met_jeugd}, to be
     * joined under an alias of the caller's choice: {@code "join " + KENMERKEN + " o on o.id = u.organisatie_id"}.
     */
    public static final String KENMERKEN = "(select id, naam, kvk_nummer, werkt_met_jeugd from organisatie)";

    private OrganisatieSql() {
    }
}
