package nl.gezin1plan.monitor.bijlage;

/**
 * An attachment was added, downloaded or deleted by the current user, published in their request so that the audit
 * log records it in their name (the audit module listens; this module does not know it).
 */
public record BijlageGebeurtenis(Wat wat, String omschrijving) {

    public enum Wat {
        TOEGEVOEGD,
        GEDOWNLOAD,
        VERWIJDERD
    }
}
