package nl.gezin1plan.monitor.uitvraag;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;

/** Where one organisation's uitvraag stands, for overviews and keurmerk evaluation. */
public record UitvraagStand(long uitvraagId, int jaar, long organisatieId, String organisatie, String kvkNummer,
                            boolean werktMetJeugd, UitvraagStatus status, Instant ingediendOp, LocalDate deadline,
                            UitvraagInhoud inhoud, Map<String, String> antwoorden) {

    public int teBeantwoorden() {
        return (int) inhoud.vanToepassing(antwoorden, werktMetJeugd).stream().filter(Vraag::verplicht).count();
    }

    public int beantwoord() {
        return teBeantwoorden() - inhoud.ontbrekend(antwoorden, werktMetJeugd).size();
    }

    public boolean isTeLaat(LocalDate vandaag) {
        return status != UitvraagStatus.INGEDIEND && deadline.isBefore(vandaag);
    }
}
