package nl.gezin1plan.monitor.export;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.text.Normalizer;
import java.util.Locale;
import nl.gezin1plan.monitor.audit.AuditService;
import nl.gezin1plan.monitor.base.OngeldigeInvoer;
import nl.gezin1plan.monitor.jaarrapport.Jaarrapport;
import nl.gezin1plan.monitor.jaarrapport.JaarrapportPdf;
import nl.gezin1plan.monitor.jaarrapport.JaarrapportService;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * {@code GET /export/jaarrapport.pdf?jaar=YYYY[&gemeente=id]}: a gemeente's yearly report as a tagged PDF. The whole
 * file is rendered before anything is sent, so a refusal or failure leaves neither a half file nor an audit line.
 */
@RestController
class JaarrapportController {

    private final JaarrapportService rapporten;
    private final JaarrapportPdf pdf;
    private final AuditService audit;

    JaarrapportController(JaarrapportService rapporten, JaarrapportPdf pdf, AuditService audit) {
        this.rapporten = rapporten;
        this.pdf = pdf;
        this.audit = audit;
    }

    @GetMapping("/export/jaarrapport.pdf")
    void jaarrapport(@RequestParam int jaar, @RequestParam(required = false) Long gemeente,
                     HttpServletResponse response) throws IOException {
        Jaarrapport rapport;
        try {
            rapport = rapporten.jaarrapport(gemeente, jaar);
        } catch (OngeldigeInvoer e) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, String.join(" ", e.fouten().values()));
        }
        byte[] bestand = pdf.pdf(rapport);
        String naam = "jaarrapport-" + bestandsdeel(rapport.gemeente()) + "-" + jaar + ".pdf";
        audit.legExportVast(naam, "jaar " + jaar + ", gemeente " + rapport.gemeente(), rapport.uitvraag().organisaties(),
                false);
        response.setContentType("application/pdf");
        response.setHeader("Content-Disposition", "attachment; filename=\"" + naam + "\"");
        response.setContentLength(bestand.length);
        response.getOutputStream().write(bestand);
    }

    /** "Alphen aan den Rijn" → "alphen-aan-den-rijn": letters and digits only, so the header needs no quoting. */
    static String bestandsdeel(String naam) {
        String zonderTekens = Normalizer.normalize(naam, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        String deel = zonderTekens.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
        return deel.isEmpty() ? "gemeente" : deel;
    }
}
