package nl.gezin1plan.monitor.export;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Locale;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * How the report downloads answer: the whole PDF as an attachment, or why not in Dutch words (plain text), since the
 * error page shows no reason and a reader needs one ("Kies een jaar tussen ...", "geen uitvraag in ...").
 */
final class PdfAntwoord {

    private PdfAntwoord() {
    }

    static ResponseEntity<byte[]> bestand(String naam, byte[] pdf) {
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(naam).build().toString())
                .contentLength(pdf.length).body(pdf);
    }

    static ResponseEntity<byte[]> fout(HttpStatus status, String reden) {
        return ResponseEntity.status(status).contentType(new MediaType(MediaType.TEXT_PLAIN, StandardCharsets.UTF_8))
                .body(reden.getBytes(StandardCharsets.UTF_8));
    }

    /** "Alphen aan den Rijn" → "alphen-aan-den-rijn": letters and digits only, so the header needs no quoting. */
    static String bestandsdeel(String naam) {
        String zonderTekens = Normalizer.normalize(naam, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        String deel = zonderTekens.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
        return deel.isEmpty() ? "rapport" : deel;
    }
}
