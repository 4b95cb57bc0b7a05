package nl.gezin1plan.monitor.uitvraag;

import nl.gezin1plan.monitor.organisatie.Organisatie;
import nl.gezin1plan.monitor.security.HuidigeGebruiker;

/**
 * Who may see and do what with an organisation's uitvraag. A respondent reaches only their own organisation;
 * an agendahouder the organisations that work for their gemeente; region-wide roles all of them.
 */
public final class UitvraagToegang {

    private UitvraagToegang() {
    }

    public static boolean magLezen(HuidigeGebruiker gebruiker, Organisatie organisatie) {
        return switch (gebruiker.rol()) {
            case BEHEERDER, ACCOUNTMANAGER -> true;
            case AGENDAHOUDER -> gebruiker.gemeenteId() != null && organisatie.werktVoor(gebruiker.gemeenteId());
            case ORGANISATIE -> isEigen(gebruiker, organisatie);
            case AANDACHTSFUNCTIONARIS -> false;
        };
    }

    static boolean magBeantwoorden(HuidigeGebruiker gebruiker, Organisatie organisatie) {
        return isEigen(gebruiker, organisatie);
    }

    /** Reopening and overriding a keurmerk criterion: the gemeente that checks the organisation. */
    public static boolean magBeoordelen(HuidigeGebruiker gebruiker, Organisatie organisatie) {
        return switch (gebruiker.rol()) {
            case BEHEERDER -> true;
            case AGENDAHOUDER -> gebruiker.gemeenteId() != null && organisatie.werktVoor(gebruiker.gemeenteId());
            case ACCOUNTMANAGER, ORGANISATIE, AANDACHTSFUNCTIONARIS -> false;
        };
    }

    private static boolean isEigen(HuidigeGebruiker gebruiker, Organisatie organisatie) {
        return gebruiker.organisatieId() != null && gebruiker.organisatieId().equals(organisatie.getId());
    }
}
