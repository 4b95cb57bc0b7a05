package nl.gezin1plan.monitor.uitvraag;

/** An answer that reports show as a column of its own, e.g. the percentage of staff trained. */
public record Kerncijfer(String kolom, String vraag, String naam) {
}
