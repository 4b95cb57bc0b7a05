package nl.gezin1plan.monitor.keurmerk;

import java.time.Instant;
import java.time.LocalDate;
import nl.gezin1plan.monitor.uitvraag.UitvraagStatus;

/** One organisation in the round overview: uitvraag status, progress and keurmerk result. */
public record RondeRegel(long uitvraagId, long organisatieId, String organisatie, String kvkNummer,
                         UitvraagStatus status, int beantwoord, int teBeantwoorden, Instant ingediendOp,
                         boolean teLaat, KeurmerkUitslag keurmerk) {
}
