package nl.gezin1plan.monitor.beheer;

import java.util.Collection;
import java.util.Set;
import nl.gezin1plan.monitor.security.Scope;

/**
 * Which gemeenten a person whose scope is one gemeente (an agendahouder) may give an organisation, in the register
 * and in an import alike: their own must be among them, and no other gemeente may be added (that is for those who
 * hold the region, so that no gemeente gains another's data).
 */
final class GemeenteKoppeling {

    static final String EIGEN_GEMEENTE = "Uw eigen gemeente moet bij de gemeenten van de organisatie staan.";
    static final String ALLEEN_EIGEN_GEMEENTE = "U kunt alleen uw eigen gemeente koppelen. Vraag de beheerder om een "
            + "andere gemeente aan deze organisatie te koppelen.";

    private GemeenteKoppeling() {
    }

    static boolean zonderEigenGemeente(Scope scope, Collection<Long> gevraagd) {
        return !scope.isRegio() && gevraagd.stream().noneMatch(scope::isEigenGemeente);
    }

    /** Someone outside the region asks for a gemeente other than their own that the organisation does not work for yet. */
    static boolean voegtAndereGemeenteToe(Scope scope, Set<Long> huidige, Collection<Long> gevraagd) {
        return !scope.isRegio()
                && gevraagd.stream().anyMatch(id -> !scope.isEigenGemeente(id) && !huidige.contains(id));
    }
}
