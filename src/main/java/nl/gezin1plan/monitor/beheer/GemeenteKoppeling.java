package nl.gezin1plan.monitor.beheer;

import java.util.Collection;
import java.util.Set;
import nl.gezin1plan.monitor.organisatie.Rol;
import nl.gezin1plan.monitor.security.HuidigeGebruiker;

/**
 * Which gemeenten an agendahouder may give an organisation, in the register and in an import alike: their own must be
 * among them, and no other gemeente may be added (that is the beheerder's, so that no gemeente gains another's data).
 */
final class GemeenteKoppeling {

    static final String EIGEN_GEMEENTE = "Uw eigen gemeente moet bij de gemeenten van de organisatie staan.";
    static final String ALLEEN_EIGEN_GEMEENTE = "U kunt alleen uw eigen gemeente koppelen. Vraag de beheerder om een "
            + "andere gemeente aan deze organisatie te koppelen.";

    private GemeenteKoppeling() {
    }

    static boolean zonderEigenGemeente(HuidigeGebruiker gebruiker, Collection<Long> gevraagd) {
        return gebruiker.rol() == Rol.AGENDAHOUDER && !gevraagd.contains(gebruiker.gemeenteId());
    }

    /** An agendahouder asks for a gemeente other than their own that the organisation does not work for yet. */
    static boolean voegtAndereGemeenteToe(HuidigeGebruiker gebruiker, Set<Long> huidige, Collection<Long> gevraagd) {
        return gebruiker.rol() == Rol.AGENDAHOUDER
                && gevraagd.stream().anyMatch(id -> !id.equals(gebruiker.gemeenteId()) && !huidige.contains(id));
    }
}
