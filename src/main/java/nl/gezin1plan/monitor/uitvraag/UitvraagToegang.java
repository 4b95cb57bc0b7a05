package nl.gezin1plan.monitor.uitvraag;

import nl.gezin1plan.monitor.organisatie.Organisatie;
import nl.gezin1plan.monitor.security.HuidigeGebruiker;
import nl.gezin1plan.monitor.security.Rechten;

/**
 * Who may see and do what with an organisation's uitvraag, from the person's scope and rights: it is read by whoever's
 * scope holds the organisation, answered by its own respondents, and judged by those with
 * {@link Rechten#BEOORDELEN} whose scope holds it.
 */
public final class UitvraagToegang {

    private UitvraagToegang() {
    }

    public static boolean magLezen(HuidigeGebruiker gebruiker, Organisatie organisatie) {
        return gebruiker.scope().omvat(organisatie);
    }

    /** Answering: the organisation's own respondent (who may also invite colleagues to it). */
    public static boolean magBeantwoorden(HuidigeGebruiker gebruiker, Organisatie organisatie) {
        return gebruiker.mag(Rechten.EIGEN_UITVRAAG) && gebruiker.scope().isEigenOrganisatie(organisatie.getId());
    }

    /** Reopening and overriding a keurmerk criterion: the gemeente that checks the organisation. */
    public static boolean magBeoordelen(HuidigeGebruiker gebruiker, Organisatie organisatie) {
        return gebruiker.mag(Rechten.BEOORDELEN) && gebruiker.scope().omvat(organisatie);
    }
}
