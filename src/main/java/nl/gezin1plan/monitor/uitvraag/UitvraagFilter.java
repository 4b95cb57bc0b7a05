package nl.gezin1plan.monitor.uitvraag;

/**
 * Narrows an overview: part of the organisation's name, the uitvraag status and a gemeente the organisations work for
 * (all optional). The gemeente narrows the caller's scope in the query; it never widens it.
 */
public record UitvraagFilter(String zoek, UitvraagStatus status, Long gemeente) {

    public static final UitvraagFilter ALLES = new UitvraagFilter(null, null, null);

    public UitvraagFilter(String zoek, UitvraagStatus status) {
        this(zoek, status, null);
    }

    /** The same organisations whatever their status, e.g. to look up last year's figures. */
    public UitvraagFilter zonderStatus() {
        return new UitvraagFilter(zoek, null, gemeente);
    }

    /** The same, for the organisations working for this gemeente only. */
    public UitvraagFilter voorGemeente(long gemeenteId) {
        return new UitvraagFilter(zoek, status, gemeenteId);
    }

    /** The same, for the uitvragen with this status only. */
    public UitvraagFilter metStatus(UitvraagStatus gekozen) {
        return new UitvraagFilter(zoek, gekozen, gemeente);
    }

    public UitvraagFilter {
        zoek = zoek == null || zoek.isBlank() ? null : zoek.strip();
    }
}
