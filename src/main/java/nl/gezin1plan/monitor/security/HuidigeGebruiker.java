package nl.gezin1plan.monitor.security;

import nl.gezin1plan.monitor.organisatie.Rol;

/** The logged-in person and the scope (gemeente, afdeling or organisation) their role applies to. */
public record HuidigeGebruiker(String gebruikersnaam, String naam, Rol rol, Long gemeenteId, Long afdelingId,
                               Long organisatieId) {

    /** The part of the region this person's data rights reach. */
    public Scope scope() {
        return Scope.van(rol, gemeenteId, afdelingId, organisatieId);
    }

    /** Whether this person's role has the right ({@link Rechten}). */
    public boolean mag(String recht) {
        return Rechten.van(rol).contains(recht);
    }
}
