package nl.gezin1plan.monitor.audit;

import java.time.Instant;
import nl.gezin1plan.monitor.organisatie.Personen;
import nl.gezin1plan.monitor.organisatie.Rol;

/**
 * One line of the audit log; {@code rol} is null for changes made before roles were kept with them. {@code bestand},
 * {@code regels} and {@code bereik} are only there for an export or import; {@code naam} is null for a user name
 * that belongs to nobody (a failed login).
 */
public record AuditRegel(Instant tijdstip, String gebruikersnaam, Rol rol, AuditSoort soort, String omschrijving,
                         String bestand, Long regels, String bereik, String naam) {

    /** The person's name with their user name, or only the user name typed at a failed login. */
    public String wie() {
        return Personen.wie(naam, gebruikersnaam);
    }
}
