package nl.gezin1plan.monitor.keurmerk;

import java.time.Instant;
import nl.gezin1plan.monitor.organisatie.Rol;

/**
 * Published within the transaction in which the gemeente judged one criterion of an organisation's uitvraag, once the
 * judgement is saved. Listeners that run synchronously, such as the audit log, take part in that transaction.
 */
public record KeurmerkBeoordeeld(long uitvraagId, int jaar, String organisatie, String criterium, Uitkomst uitkomst,
                                 String reden, String gebruikersnaam, Rol rol, Instant op) {
}
