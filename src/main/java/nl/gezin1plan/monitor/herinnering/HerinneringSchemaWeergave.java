package nl.gezin1plan.monitor.herinnering;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A round's reminder schedule as shown: days before the deadline ("14, 3"), repeat after it every so many days (0:
 * not), at most so many per uitvraag; the next moment for the round's deadline (null: none); who changed it last
 * (null: the default applies); and whether the current user may change it.
 */
public record HerinneringSchemaWeergave(int jaar, String dagenVoor, int herhaalDagen, int maximum, LocalDate volgende,
                                        String gewijzigdDoor, Instant gewijzigdOp, boolean magWijzigen) {
}
