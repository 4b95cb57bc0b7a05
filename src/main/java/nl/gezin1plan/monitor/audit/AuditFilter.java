package nl.gezin1plan.monitor.audit;

import java.time.LocalDate;

/** Which lines of the audit log to show; every part is optional, {@code tot} includes that day. */
public record AuditFilter(AuditSoort soort, String gebruikersnaam, LocalDate van, LocalDate tot) {

    public static final AuditFilter ALLES = new AuditFilter(null, null, null, null);
}
