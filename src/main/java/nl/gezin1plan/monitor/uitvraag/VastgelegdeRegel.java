package nl.gezin1plan.monitor.uitvraag;

/** One organisation's uitvraag of a year with its kept result; {@code uitslag} is null when none is kept yet. */
public record VastgelegdeRegel(long uitvraagId, long organisatieId, UitvraagStatus status, VastgelegdeUitslag uitslag) {
}
