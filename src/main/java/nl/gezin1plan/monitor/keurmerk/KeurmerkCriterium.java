package nl.gezin1plan.monitor.keurmerk;

import java.util.List;
import nl.gezin1plan.monitor.uitvraag.Voorwaarde;

/**
 * A keurmerk criterion as data, from the "keurmerk" section of a questionnaire version ({@link KeurmerkCriteria}):
 * met when every condition of its rule holds. A BASISEIS is one of the five
 * basic requirements and counts for the keurmerk overall; IN_ONTWIKKELING criteria are reported alongside.
 */
public record KeurmerkCriterium(String sleutel, Soort soort, String naam, boolean alleenJeugd, List<Voorwaarde> regel) {

    public enum Soort {
        BASISEIS,
        IN_ONTWIKKELING
    }
}
