package nl.gezin1plan.monitor.security;

import nl.gezin1plan.monitor.organisatie.Rol;

/** The logged-in person and the scope (gemeente, afdeling or organisation) their role applies to. */
public record HuidigeGebruiker(String gebruikersnaam, String naam, Rol rol, Long gemeenteId, Long afdelingId,
                               Long organisatieId) {

    public boolean isRegionaal() {
        return rol == Rol.BEHEERDER || rol == Rol.ACCOUNTMANAGER;
    }

    public boolean heeftRol(Rol andere) {
        return rol == andere;
    }
}
