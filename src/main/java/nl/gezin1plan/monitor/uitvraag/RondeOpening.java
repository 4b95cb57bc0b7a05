package nl.gezin1plan.monitor.uitvraag;

import java.time.LocalDate;

/**
 * The result of opening a round: how many organisations got a new uitvraag and how many already had one; when the
 * new ones joined close to or after the round's deadline, the deadline of their own ({@code eigenDeadline}, else null).
 */
public record RondeOpening(int jaar, LocalDate opentOp, LocalDate deadline, String definitie, int nieuw,
                           int alAanwezig, LocalDate eigenDeadline) {
}
