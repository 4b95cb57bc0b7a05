package nl.gezin1plan.monitor.export;

import nl.gezin1plan.monitor.audit.AuditService;
import nl.gezin1plan.monitor.base.OngeldigeInvoer;
import nl.gezin1plan.monitor.jaarrapport.Jaarrapport;
import nl.gezin1plan.monitor.jaarrapport.JaarrapportService;
import nl.gezin1plan.monitor.jaarrapport.RapportPdf;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /export/jaarrapport.pdf?jaar=YYYY[&gemeente=id]}: a gemeente's yearly report as a tagged PDF. The whole
 * file is rendered before anything is sent, so a refusal or failure leaves neither a half file nor an audit line.
 */
@RestController
class JaarrapportController {

    private final JaarrapportService rapporten;
    private final RapportPdf pdf;
    private final AuditService audit;

    JaarrapportController(JaarrapportService rapporten, RapportPdf pdf, AuditService audit) {
        this.rapporten = rapporten;
        this.pdf = pdf;
        this.audit = audit;
    }

    @GetMapping("/export/jaarrapport.pdf")
    ResponseEntity<byte[]> jaarrapport(@RequestParam int jaar, @RequestParam(required = false) Long gemeente) {
        Jaarrapport rapport;
        try {
            rapport = rapporten.jaarrapport(gemeente, jaar);
        } catch (OngeldigeInvoer e) {
            return PdfAntwoord.fout(HttpStatus.BAD_REQUEST, String.join(" ", e.fouten().values()));
        }
        byte[] bestand = pdf.pdf(rapport);
        String naam = "jaarrapport-" + PdfAntwoord.bestandsdeel(rapport.gemeente()) + "-" + jaar + ".pdf";
        audit.legExportVast(naam, "jaar " + jaar + ", gemeente " + rapport.gemeente(), rapport.uitvraag().organisaties(),
                false);
        return PdfAntwoord.bestand(naam, bestand);
    }
}
