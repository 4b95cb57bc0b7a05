package nl.gezin1plan.monitor.uitvraag;

/** "The answer to {@code vraag} is {@code is}": when a question applies, or what a keurmerk criterion needs. */
public record Voorwaarde(String vraag, String is) {
}
