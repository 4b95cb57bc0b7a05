package nl.gezin1plan.monitor.audit;

import java.time.Instant;
import nl.gezin1plan.monitor.organisatie.Rol;

/**
 * One line of the audit log; {@code rol} is null for changes made before roles were kept with them. {@code bestand},
 * {@code regels} and {@code bereik} are only there for an export.
 */
public record AuditRegel(Instant tijdstip, String gebruikersnaam, Rol rol, AuditSoort soort, String omschrijving,
                         String bestand, Long regels, String bereik) {
}
