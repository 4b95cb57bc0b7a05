package nl.gezin1plan.monitor.uitvraag;

import java.time.Instant;
import java.util.List;
import nl.gezin1plan.monitor.organisatie.Rol;

/**
 * Published within the transaction that gave, changed or cleared answers, once they are saved: one answer given by a
 * respondent, or the answers carried over from last year when a round opens. Only a change the answer's history keeps
 * is published (saving the same answer again is not). Listeners that run synchronously, such as the audit log, take
 * part in that transaction. {@code vraag} is the question's key; {@link VraagTeksten} has its wording.
 */
public record AntwoordenGewijzigd(String gebruikersnaam, Rol rol, Instant op, List<Wijziging> wijzigingen) {

    public AntwoordenGewijzigd {
        wijzigingen = List.copyOf(wijzigingen);
    }

    public enum Soort {
        BEANTWOORD,
        GEWIJZIGD,
        GEWIST
    }

    public record Wijziging(long uitvraagId, int jaar, String organisatie, String vraag, Soort soort) {
    }
}
