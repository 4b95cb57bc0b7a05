package nl.gezin1plan.monitor.uitvraag;

/**
 * One organisation's uitvraag of a year with its kept share of required questions answered. Only
 * {@link UitvraagStroom} gives a null {@code procentBeantwoord} (none kept yet); the service computes those before
 * handing rows out.
 */
public record VastgelegdeRegel(long uitvraagId, long organisatieId, UitvraagStatus status, Integer procentBeantwoord) {
}
