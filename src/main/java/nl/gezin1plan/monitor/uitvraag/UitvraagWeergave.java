package nl.gezin1plan.monitor.uitvraag;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** An organisation's uitvraag as the respondent and the gemeente see it. */
public record UitvraagWeergave(long id, long organisatieId, String organisatie, boolean werktMetJeugd, int jaar,
                               UitvraagStatus status, LocalDate deadline, LocalDate rondeDeadline, Instant ingediendOp,
                               UitvraagInhoud inhoud, Map<String, String> antwoorden, boolean bewerkbaar,
                               boolean beoordeelbaar, List<Gebeurtenis> gebeurtenissen) {

    public record Gebeurtenis(String soort, String reden, String door, Instant op, LocalDate deadline) {
    }

    /** True when this organisation has a deadline of its own instead of the round's. */
    public boolean heeftEigenDeadline() {
        return !deadline.equals(rondeDeadline);
    }

    /** Whether the gemeente may extend the deadline: it judges the organisation and it has not submitted. */
    public boolean verlengbaar() {
        return beoordeelbaar && status != UitvraagStatus.INGEDIEND;
    }

    public boolean isVanToepassing(Vraag vraag) {
        return inhoud.isVanToepassing(vraag, antwoorden, werktMetJeugd);
    }

    public List<Vraag> ontbrekend() {
        return inhoud.ontbrekend(antwoorden, werktMetJeugd);
    }

    /** Required questions that apply, and how many of them have an answer. */
    public int teBeantwoorden() {
        return inhoud.verplicht(antwoorden, werktMetJeugd).size();
    }

    public int beantwoord() {
        return teBeantwoorden() - ontbrekend().size();
    }

    public boolean isTeLaat(LocalDate vandaag) {
        return status != UitvraagStatus.INGEDIEND && deadline.isBefore(vandaag);
    }
}
