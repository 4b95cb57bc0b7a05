package nl.gezin1plan.monitor.uitvraag;

/** One answer as a plain value: which uitvraag, which question, what was answered. */
public record AntwoordWaarde(long uitvraagId, String vraag, String waarde) {
}
