package nl.gezin1plan.monitor.keurmerk;

import java.util.List;

/** All criteria for one organisation and year, and the keurmerk overall (the basic requirements). */
public record KeurmerkUitslag(List<CriteriumUitslag> criteria) {

    /** Met when every basic requirement is met; not met as soon as one is not; unknown otherwise. */
    public Uitkomst totaal() {
        List<Uitkomst> basis = criteria.stream()
                .filter(c -> c.criterium().soort() == KeurmerkCriterium.Soort.BASISEIS)
                .map(CriteriumUitslag::uitkomst).toList();
        if (basis.contains(Uitkomst.NIET_VOLDAAN)) {
            return Uitkomst.NIET_VOLDAAN;
        }
        return basis.stream().allMatch(u -> u == Uitkomst.VOLDAAN) ? Uitkomst.VOLDAAN : Uitkomst.ONBEKEND;
    }

    public CriteriumUitslag criterium(String sleutel) {
        return criteria.stream().filter(c -> c.criterium().sleutel().equals(sleutel)).findFirst().orElseThrow();
    }
}
