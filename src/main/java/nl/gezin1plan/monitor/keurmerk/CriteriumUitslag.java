package nl.gezin1plan.monitor.keurmerk;

import java.time.Instant;
import java.util.List;

/**
 * The result of one criterion for one organisation: derived from the answers, or set by the gemeente
 * ({@code oordeel}, with its reason, who and when). {@code openPunten} says in plain words what stands in the way.
 */
public record CriteriumUitslag(KeurmerkCriterium criterium, Uitkomst afgeleid, Oordeel oordeel,
                               List<String> openPunten) {

    public Uitkomst uitkomst() {
        return oordeel == null ? afgeleid : oordeel.uitkomst();
    }

    public record Oordeel(Uitkomst uitkomst, String reden, String door, Instant op) {
    }
}
