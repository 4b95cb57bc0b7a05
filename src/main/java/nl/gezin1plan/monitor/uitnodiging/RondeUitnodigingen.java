package nl.gezin1plan.monitor.uitnodiging;

import nl.gezin1plan.monitor.organisatie.Organisatie;
import nl.gezin1plan.monitor.organisatie.OrganisatieRepository;
import nl.gezin1plan.monitor.security.HuidigeGebruiker;
import nl.gezin1plan.monitor.security.Toegang;
import nl.gezin1plan.monitor.uitvraag.UitvragenGeopend;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * When organisations get their uitvraag, each contact person with an e-mail address is invited, once per address,
 * in the transaction that opened the round: if the opening fails, no invitation exists.
 */
@Component
class RondeUitnodigingen {

    private final OrganisatieRepository organisaties;
    private final Uitnodigen uitnodigen;
    private final Toegang toegang;

    RondeUitnodigingen(OrganisatieRepository organisaties, Uitnodigen uitnodigen, Toegang toegang) {
        this.organisaties = organisaties;
        this.uitnodigen = uitnodigen;
        this.toegang = toegang;
    }

    @EventListener
    void bijOpening(UitvragenGeopend geopend) {
        HuidigeGebruiker opener = toegang.huidigeGebruiker();
        for (Organisatie organisatie : organisaties.findAllById(geopend.organisatieIds())) {
            uitnodigen.nodigContactpersonenUit(organisatie, geopend.jaar(), opener);
        }
    }
}
