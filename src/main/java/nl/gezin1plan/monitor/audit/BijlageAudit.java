package nl.gezin1plan.monitor.audit;

import nl.gezin1plan.monitor.bijlage.BijlageGebeurtenis;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Every upload, download and deletion of an attachment, in the audit log, within the transaction that did it. */
@Component
class BijlageAudit {

    private final AuditService audit;

    BijlageAudit(AuditService audit) {
        this.audit = audit;
    }

    @EventListener
    void legVast(BijlageGebeurtenis gebeurtenis) {
        audit.legVast(switch (gebeurtenis.wat()) {
            case TOEGEVOEGD -> AuditSoort.BIJLAGE_TOEGEVOEGD;
            case GEDOWNLOAD -> AuditSoort.BIJLAGE_GEDOWNLOAD;
            case VERWIJDERD -> AuditSoort.BIJLAGE_VERWIJDERD;
        }, gebeurtenis.omschrijving());
    }
}
