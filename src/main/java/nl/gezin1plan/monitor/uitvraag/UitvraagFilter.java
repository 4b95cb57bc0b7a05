package nl.gezin1plan.monitor.uitvraag;

/** Narrows an overview: part of the organisation's name, and the uitvraag status (both optional). */
public record UitvraagFilter(String zoek, UitvraagStatus status) {

    public static final UitvraagFilter ALLES = new UitvraagFilter(null, null);

    public UitvraagFilter {
        zoek = zoek == null || zoek.isBlank() ? null : zoek.strip();
    }
}
