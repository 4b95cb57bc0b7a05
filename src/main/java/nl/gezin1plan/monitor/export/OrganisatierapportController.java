package nl.gezin1plan.monitor.export;

import java.util.Optional;
import nl.gezin1plan.monitor.audit.AuditService;
import nl.gezin1plan.monitor.base.OngeldigeInvoer;
import nl.gezin1plan.monitor.jaarrapport.Organisatierapport;
import nl.gezin1plan.monitor.jaarrapport.OrganisatierapportService;
import nl.gezin1plan.monitor.jaarrapport.RapportPdf;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /export/organisatierapport.pdf?jaar=YYYY[&organisatie=id]}: one organisation's answers, keurmerk,
 * judgements and history as a tagged PDF; the respondent gets their own without naming it. Rendered whole before
 * anything is sent, and only then recorded in the audit log.
 */
@RestController
class OrganisatierapportController {

    private final OrganisatierapportService rapporten;
    private final RapportPdf pdf;
    private final AuditService audit;

    OrganisatierapportController(OrganisatierapportService rapporten, RapportPdf pdf, AuditService audit) {
        this.rapporten = rapporten;
        this.pdf = pdf;
        this.audit = audit;
    }

    @GetMapping("/export/organisatierapport.pdf")
    ResponseEntity<byte[]> organisatierapport(@RequestParam int jaar, @RequestParam(required = false) Long organisatie) {
        Optional<Organisatierapport> gevonden;
        try {
            gevonden = rapporten.organisatierapport(organisatie, jaar);
        } catch (OngeldigeInvoer e) {
            return PdfAntwoord.fout(HttpStatus.BAD_REQUEST, String.join(" ", e.fouten().values()));
        }
        if (gevonden.isEmpty()) {
            return PdfAntwoord.fout(HttpStatus.NOT_FOUND, "Deze organisatie heeft geen uitvraag voor " + jaar
                    + ", dus er is geen rapport over dat jaar.");
        }
        Organisatierapport rapport = gevonden.get();
        byte[] bestand = pdf.pdf(rapport);
        String naam = "organisatierapport-" + PdfAntwoord.bestandsdeel(rapport.organisatie()) + "-" + jaar + ".pdf";
        audit.legExportVast(naam, "jaar " + jaar + ", organisatie " + rapport.organisatie(), 1, false);
        return PdfAntwoord.bestand(naam, bestand);
    }
}
