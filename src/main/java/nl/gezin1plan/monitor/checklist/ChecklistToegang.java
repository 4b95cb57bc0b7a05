package nl.gezin1plan.monitor.checklist;

import nl.gezin1plan.monitor.security.HuidigeGebruiker;

/**
 * Who may read and change which checklist. Region-wide roles read everything; an agendahouder reads their
 * gemeente and its afdelingen and changes the gemeente checklist; an aandachtsfunctionaris reads and changes
 * their own afdeling's checklist only.
 */
final class ChecklistToegang {

    private ChecklistToegang() {
    }

    static boolean magLezen(HuidigeGebruiker gebruiker, ChecklistEigenaar eigenaar, long gemeenteIdVanEigenaar) {
        return switch (gebruiker.rol()) {
            case BEHEERDER, ACCOUNTMANAGER -> true;
            case AGENDAHOUDER -> gebruiker.gemeenteId() != null && gebruiker.gemeenteId() == gemeenteIdVanEigenaar;
            case AANDACHTSFUNCTIONARIS -> isEigenAfdeling(gebruiker, eigenaar);
            case ORGANISATIE -> false;
        };
    }

    static boolean magWijzigen(HuidigeGebruiker gebruiker, ChecklistEigenaar eigenaar) {
        return switch (gebruiker.rol()) {
            case AGENDAHOUDER -> eigenaar.isGemeente() && gebruiker.gemeenteId() != null
                    && gebruiker.gemeenteId() == eigenaar.id();
            case AANDACHTSFUNCTIONARIS -> isEigenAfdeling(gebruiker, eigenaar);
            case BEHEERDER, ACCOUNTMANAGER, ORGANISATIE -> false;
        };
    }

    private static boolean isEigenAfdeling(HuidigeGebruiker gebruiker, ChecklistEigenaar eigenaar) {
        return !eigenaar.isGemeente() && gebruiker.afdelingId() != null && gebruiker.afdelingId() == eigenaar.id();
    }
}
