package nl.gezin1plan.monitor.uitnodiging;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import nl.gezin1plan.monitor.organisatie.Contactpersoon;
import nl.gezin1plan.monitor.organisatie.Organisatie;
import nl.gezin1plan.monitor.organisatie.OrganisatieRepository;
import nl.gezin1plan.monitor.security.HuidigeGebruiker;
import nl.gezin1plan.monitor.security.Toegang;
import nl.gezin1plan.monitor.uitvraag.UitvragenGeopend;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * When organisations get their uitvraag, each contact person with an e-mail address is invited, once per address,
 * in the transaction that opened the round: if the opening fails, no invitation exists.
 */
@Component
class RondeUitnodigingen {

    private static final Logger LOG = LoggerFactory.getLogger(RondeUitnodigingen.class);

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
            for (Contactpersoon contact : perAdres(organisatie).values()) {
                uitnodigen.nodigUit(organisatie, geopend.jaar(), contact.getNaam(), contact.getEmail(),
                        opener.gebruikersnaam(), opener.rol());
            }
        }
    }

    /** The first contact person for each address, lower-cased; an address the outbox cannot take is skipped. */
    private static Map<String, Contactpersoon> perAdres(Organisatie organisatie) {
        Map<String, Contactpersoon> perAdres = new LinkedHashMap<>();
        for (Contactpersoon contact : organisatie.getContactpersonen()) {
            if (contact.getEmail() == null || contact.getEmail().isBlank()) {
                continue;
            }
            if (!EmailAdres.isGeldig(contact.getEmail())) {
                LOG.warn("Contactpersoon van organisatie {} niet uitgenodigd: ongeldig e-mailadres", organisatie.getId());
                continue;
            }
            perAdres.putIfAbsent(contact.getEmail().strip().toLowerCase(Locale.ROOT), contact);
        }
        return perAdres;
    }
}
