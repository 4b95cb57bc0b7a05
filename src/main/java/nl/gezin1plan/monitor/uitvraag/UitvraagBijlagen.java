package nl.gezin1plan.monitor.uitvraag;

import nl.gezin1plan.monitor.bijlage.BijlageEigenaar;
import nl.gezin1plan.monitor.bijlage.BijlageSoort;
import nl.gezin1plan.monitor.security.HuidigeGebruiker;
import org.springframework.stereotype.Component;

/**
 * Attachments on an answer (e.g. the scholingsplan with "Is er een scholingsplan?"): read like the answers, added
 * and deleted by the respondent only while the uitvraag is not submitted, so a submitted uitvraag's are read-only.
 */
@Component
class UitvraagBijlagen implements BijlageEigenaar {

    private final UitvraagRepository uitvragen;

    UitvraagBijlagen(UitvraagRepository uitvragen) {
        this.uitvragen = uitvragen;
    }

    @Override
    public BijlageSoort soort() {
        return BijlageSoort.UITVRAAG_VRAAG;
    }

    @Override
    public boolean magLezen(HuidigeGebruiker gebruiker, long uitvraagId) {
        return uitvragen.findById(uitvraagId).filter(u -> UitvraagToegang.magLezen(gebruiker, u.getOrganisatie())).isPresent();
    }

    @Override
    public boolean magWijzigen(HuidigeGebruiker gebruiker, long uitvraagId) {
        return uitvragen.findById(uitvraagId).filter(u -> u.getStatus().isBewerkbaar()
                && UitvraagToegang.magBeantwoorden(gebruiker, u.getOrganisatie())).isPresent();
    }

    @Override
    public String omschrijving(long uitvraagId) {
        return uitvragen.findById(uitvraagId).map(u -> "uitvraag " + u.getRonde().getJaar() + " van "
                + u.getOrganisatie().getNaam()).orElse("uitvraag " + uitvraagId);
    }
}
