package nl.gezin1plan.monitor.rapportage;

import java.util.Objects;
import java.util.Optional;
import nl.gezin1plan.monitor.base.ui.Formaat;
import nl.gezin1plan.monitor.bijlage.BijlageEigenaar;
import nl.gezin1plan.monitor.bijlage.BijlageSoort;
import nl.gezin1plan.monitor.organisatie.Organisatie;
import nl.gezin1plan.monitor.organisatie.OrganisatieRepository;
import nl.gezin1plan.monitor.security.HuidigeGebruiker;
import org.springframework.stereotype.Component;

/**
 * Attachments on an accountgesprek are seen by whoever sees the gesprek ({@link AccountgesprekService}); added and
 * deleted by the side that recorded it: the region for the region's gesprekken, the gemeente's agendahouder for the
 * gemeente's own.
 */
@Component
class AccountgesprekBijlagen implements BijlageEigenaar {

    private final AccountgesprekRepository gesprekken;
    private final OrganisatieRepository organisaties;

    AccountgesprekBijlagen(AccountgesprekRepository gesprekken, OrganisatieRepository organisaties) {
        this.gesprekken = gesprekken;
        this.organisaties = organisaties;
    }

    @Override
    public BijlageSoort soort() {
        return BijlageSoort.ACCOUNTGESPREK;
    }

    @Override
    public boolean magLezen(HuidigeGebruiker gebruiker, long gesprekId) {
        return zichtbaar(gebruiker, gesprekId).isPresent();
    }

    @Override
    public boolean magWijzigen(HuidigeGebruiker gebruiker, long gesprekId) {
        return zichtbaar(gebruiker, gesprekId).filter(g -> Objects.equals(g.getGemeenteId(),
                AccountgesprekService.vastleggendeGemeente(gebruiker.scope()))).isPresent();
    }

    @Override
    public String omschrijving(long gesprekId) {
        return gesprekken.findById(gesprekId).map(g -> "accountgesprek van " + Formaat.datum(g.getDatum()) + " met "
                + organisaties.findById(g.getOrganisatieId()).map(Organisatie::getNaam).orElse(""))
                .orElse("accountgesprek " + gesprekId);
    }

    private Optional<Accountgesprek> zichtbaar(HuidigeGebruiker gebruiker, long gesprekId) {
        if (!AccountgesprekService.leestGesprekken(gebruiker)) {
            return Optional.empty();
        }
        return gesprekken.findById(gesprekId).filter(g -> AccountgesprekService.vanEigenGemeenteOfRegio(gebruiker, g)
                && organisaties.findById(g.getOrganisatieId()).filter(o -> AccountgesprekService.magZien(gebruiker, o))
                .isPresent());
    }
}
