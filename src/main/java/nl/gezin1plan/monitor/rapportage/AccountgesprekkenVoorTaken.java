package nl.gezin1plan.monitor.rapportage;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import nl.gezin1plan.monitor.herinnering.VerlopenVervolgacties;
import nl.gezin1plan.monitor.organisatie.Organisatie;
import nl.gezin1plan.monitor.organisatie.OrganisatieRepository;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the weekly digest (herinnering) reads of the accountgesprekken: the overdue follow-ups. A job runs without a
 * logged-in user, so nothing here checks a scope: for jobs only, never for a view or anything a user calls, which go
 * through {@link AccountgesprekService}.
 */
@Component
class AccountgesprekkenVoorTaken implements VerlopenVervolgacties {

    private final AccountgesprekRepository gesprekken;
    private final OrganisatieRepository organisaties;

    AccountgesprekkenVoorTaken(AccountgesprekRepository gesprekken, OrganisatieRepository organisaties) {
        this.gesprekken = gesprekken;
        this.organisaties = organisaties;
    }

    @Override
    @Transactional(readOnly = true)
    public List<Vervolg> verlopen(LocalDate vandaag) {
        List<Accountgesprek> verlopen = gesprekken.verlopenVervolg(vandaag);
        Map<Long, String> namen = organisaties.findAllById(verlopen.stream().map(Accountgesprek::getOrganisatieId)
                .distinct().toList()).stream().collect(Collectors.toMap(Organisatie::getId, Organisatie::getNaam));
        return verlopen.stream().filter(g -> namen.containsKey(g.getOrganisatieId()))
                .map(g -> g.alsRegel(namen.get(g.getOrganisatieId())))
                .map(r -> new Vervolg(r.organisatie(), r.vervolgactie(), r.vervolgDatum(), r.vervolgEigenaar(),
                        r.vastgelegdDoor()))
                .toList();
    }
}
