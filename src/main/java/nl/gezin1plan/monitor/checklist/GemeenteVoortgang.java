package nl.gezin1plan.monitor.checklist;

/**
 * One gemeente's checklist progress in a year: its own checklist and its afdelingen' checklists together
 * (either may be null when not started), with overdue actions and whether it lacks an agendahouder.
 */
public record GemeenteVoortgang(long gemeenteId, String naam, Voortgang gemeente, Voortgang afdelingen, int verlopen,
                                boolean zonderAgendahouder) {
}
