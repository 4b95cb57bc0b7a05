package nl.gezin1plan.monitor.export;

import nl.gezin1plan.monitor.audit.AuditService;
import org.springframework.stereotype.Component;

/**
 * Exports carry contact persons' data (AVG), so each one goes into the audit log: who, which file, which filters,
 * how many rows. A refused export wrote nothing and is not an export; one broken off halfway is recorded as such.
 */
@Component
class ExportAudit {

    private final AuditService audit;

    ExportAudit(AuditService audit) {
        this.audit = audit;
    }

    void schrijf(String bestand, String filters, CsvBestand csv, Runnable rijen) {
        boolean klaar = false;
        try {
            rijen.run();
            klaar = true;
        } finally {
            if (klaar || csv.regels() > 0) {
                audit.legExportVast(bestand, filters, csv.regels(), !klaar);
            }
        }
    }
}
