package nl.gezin1plan.monitor.uitvraag;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * An organisation's uitvraag as the respondent and the gemeente see it. {@code antwoorden} are all kept answers,
 * so that switching a branch back restores them; only {@link #geldigeAntwoorden()} count.
 */
public record UitvraagWeergave(long id, long organisatieId, String organisatie, boolean werktMetJeugd, int jaar,
                               UitvraagStatus status, LocalDate deadline, LocalDate rondeDeadline, Instant ingediendOp,
                               UitvraagInhoud inhoud, Map<String, String> antwoorden, boolean bewerkbaar,
                               boolean beoordeelbaar, List<Gebeurtenis> gebeurtenissen) {

    /** {@code wie}: the person's name with their user name ({@code door}). */
    public record Gebeurtenis(String soort, String reden, String door, String wie, Instant op, LocalDate deadline) {
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

    /** The answers to questions that apply; an answer behind a closed branch is kept but not among them. */
    public Map<String, String> geldigeAntwoorden() {
        return inhoud.geldigeAntwoorden(antwoorden, werktMetJeugd);
    }

    /** A kept answer to a question that no longer applies, e.g. a reason after switching back to "ja". */
    public boolean isVervallen(Vraag vraag) {
        return antwoorden.containsKey(vraag.sleutel()) && !isVanToepassing(vraag);
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
