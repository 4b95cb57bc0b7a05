package nl.gezin1plan.monitor.uitvraag;

/**
 * One organisation's uitvraag of a year with its kept result. Only {@link UitvraagStroom} gives a null {@code uitslag}
 * (none kept yet); the service computes those before handing rows out.
 */
public record VastgelegdeRegel(long uitvraagId, long organisatieId, UitvraagStatus status, VastgelegdeUitslag uitslag) {
}
