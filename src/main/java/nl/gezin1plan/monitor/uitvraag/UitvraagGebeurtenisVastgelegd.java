package nl.gezin1plan.monitor.uitvraag;

import java.time.Instant;
import java.time.LocalDate;
import nl.gezin1plan.monitor.organisatie.Rol;

/**
 * Published within the transaction that kept a step in an uitvraag's life: submitted, reopened (with why) or its
 * deadline extended (with why and the new date). {@code soort} is one of {@link UitvraagGebeurtenis#INGEDIEND},
 * {@link UitvraagGebeurtenis#HEROPEND} and {@link UitvraagGebeurtenis#DEADLINE_VERLENGD}; {@code reden} and
 * {@code deadline} are null where the step has none. Listeners that run synchronously, such as the audit log, take
 * part in that transaction.
 */
public record UitvraagGebeurtenisVastgelegd(long uitvraagId, int jaar, String organisatie, String soort, String reden,
                                            LocalDate deadline, String gebruikersnaam, Rol rol, Instant op) {
}
