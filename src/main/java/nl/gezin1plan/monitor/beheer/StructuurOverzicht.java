package nl.gezin1plan.monitor.beheer;

import java.util.List;
import nl.gezin1plan.monitor.organisatie.Rol;

/** The region as the beheerder manages it: gemeenten with their afdelingen, organisations and people. */
public record StructuurOverzicht(List<GemeenteRegel> gemeenten, List<Keuze> organisaties,
                                 List<GebruikerRegel> gebruikers) {

    public record GemeenteRegel(long id, String naam, List<Keuze> afdelingen) {
    }

    public record Keuze(long id, String naam) {
    }

    /** {@code geblokkeerdTot}: the end of a lock after too many failed logins, or null. */
    public record GebruikerRegel(String gebruikersnaam, String naam, Rol rol, String scope, boolean actief,
                                 java.time.Instant geblokkeerdTot, String email, Long gemeenteId, Long afdelingId,
                                 Long organisatieId) {
    }
}
