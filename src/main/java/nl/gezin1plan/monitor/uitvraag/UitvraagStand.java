package nl.gezin1plan.monitor.uitvraag;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * Where one organisation's uitvraag stands, for overviews, keurmerk evaluation and exports. It holds only the
 * answers to questions that apply: an answer kept behind a closed branch counts nowhere it is read from.
 */
public record UitvraagStand(long uitvraagId, int jaar, long organisatieId, String organisatie, String kvkNummer,
                            boolean werktMetJeugd, UitvraagStatus status, Instant ingediendOp, LocalDate deadline,
                            UitvraagInhoud inhoud, Map<String, String> antwoorden) {

    public UitvraagStand {
        antwoorden = inhoud.geldigeAntwoorden(antwoorden, werktMetJeugd);
    }

    public int teBeantwoorden() {
        return inhoud.verplicht(antwoorden, werktMetJeugd).size();
    }

    public int beantwoord() {
        return (int) inhoud.verplicht(antwoorden, werktMetJeugd).stream()
                .filter(v -> antwoorden.containsKey(v.sleutel())).count();
    }

    /** Share of the required questions that apply which have an answer, 0 to 100. */
    public int procentBeantwoord() {
        List<Vraag> verplicht = inhoud.verplicht(antwoorden, werktMetJeugd);
        if (verplicht.isEmpty()) {
            return 100;
        }
        long gedaan = verplicht.stream().filter(v -> antwoorden.containsKey(v.sleutel())).count();
        return Math.round(100f * gedaan / verplicht.size());
    }

    public boolean isTeLaat(LocalDate vandaag) {
        return status != UitvraagStatus.INGEDIEND && deadline.isBefore(vandaag);
    }
}
