package nl.gezin1plan.monitor.checklist;

/** A gemeente the current user may look at. */
public record GemeenteKeuze(long id, String naam) {
}
