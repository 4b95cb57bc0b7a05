package nl.gezin1plan.monitor.uitvraag;

/** Narrows an overview: part of the organisation's name, and the uitvraag status (both optional). */
public record UitvraagFilter(String zoek, UitvraagStatus status) {

    public static final UitvraagFilter ALLES = new UitvraagFilter(null, null);

    /** The same organisations whatever their status, e.g. to look up last year's figures. */
    public UitvraagFilter zonderStatus() {
        return new UitvraagFilter(zoek, null);
    }

    public UitvraagFilter {
        zoek = zoek == null || zoek.isBlank() ? null : zoek.strip();
    }
}
