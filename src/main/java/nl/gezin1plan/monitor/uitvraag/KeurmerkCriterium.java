package nl.gezin1plan.monitor.uitvraag;

import java.util.List;

/**
 * A keurmerk criterion as data: met when every condition of its rule holds. A BASISEIS is one of the five
 * basic requirements and counts for the keurmerk overall; IN_ONTWIKKELING criteria are reported alongside.
 */
public record KeurmerkCriterium(String sleutel, Soort soort, String naam, boolean alleenJeugd, List<Voorwaarde> regel) {

    public enum Soort {
        BASISEIS,
        IN_ONTWIKKELING
    }
}
