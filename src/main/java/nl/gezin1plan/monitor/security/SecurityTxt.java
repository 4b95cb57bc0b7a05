package nl.gezin1plan.monitor.security;

import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /.well-known/security.txt} (RFC 9116), required of Dutch government organisations: where to report a
 * vulnerability. Taken from {@code monitor.security-txt.*}; without a contact there is no file (404).
 */
@RestController
class SecurityTxt {

    static final String PAD = "/.well-known/security.txt";
    private static final DateTimeFormatter RFC_3339 = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssXXX");

    private final List<String> contacten;
    private final OffsetDateTime verloopt;
    private final String talen;

    SecurityTxt(@Value("${monitor.security-txt.contact:}") List<String> contacten,
                @Value("${monitor.security-txt.expires:}") String verloopt,
                @Value("${monitor.security-txt.preferred-languages:nl, en}") String talen) {
        this.contacten = contacten.stream().map(String::strip).filter(c -> !c.isEmpty()).toList();
        this.verloopt = this.contacten.isEmpty() ? null : tijdstip(verloopt);
        this.talen = talen.strip();
    }

    @GetMapping(value = PAD, produces = "text/plain;charset=UTF-8")
    ResponseEntity<String> tekst() {
        if (contacten.isEmpty()) {
            return ResponseEntity.notFound().build();
        }
        StringBuilder tekst = new StringBuilder();
        contacten.forEach(c -> tekst.append("Contact: ").append(c).append('\n'));
        tekst.append("Expires: ").append(RFC_3339.format(verloopt)).append('\n');
        tekst.append("Preferred-Languages: ").append(talen).append('\n');
        return ResponseEntity.ok(tekst.toString());
    }

    private static OffsetDateTime tijdstip(String waarde) {
        try {
            return OffsetDateTime.parse(waarde.strip());
        } catch (DateTimeParseException e) {
            throw new IllegalStateException("monitor.security-txt.expires moet een tijdstip zijn zoals "
                    + "2027-12-31T23:00:00Z (RFC 9116), niet '" + waarde + "'", e);
        }
    }
}
