package nl.gezin1plan.monitor.uitnodiging;

import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import nl.gezin1plan.monitor.organisatie.Gebruiker;
import nl.gezin1plan.monitor.organisatie.GebruikerRepository;
import nl.gezin1plan.monitor.organisatie.Organisatie;
import nl.gezin1plan.monitor.organisatie.OrganisatieRepository;
import nl.gezin1plan.monitor.security.Aanmelding;
import nl.gezin1plan.monitor.security.HuidigeGebruiker;
import nl.gezin1plan.monitor.security.Rechten;
import nl.gezin1plan.monitor.security.Toegang;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A respondent who serves several organisations has one account and chooses which organisation they work for; their
 * scope is then that organisation's, until they choose another or log in again (then it is their account's own).
 */
@Service
@Transactional
public class OrganisatieKeuzeService {

    private final GebruikerRepository gebruikers;
    private final OrganisatieRepository organisaties;
    private final ExtraOrganisatieRepository extra;
    private final Aanmelding aanmelding;
    private final Toegang toegang;
    private final Clock clock;

    OrganisatieKeuzeService(GebruikerRepository gebruikers, OrganisatieRepository organisaties,
                            ExtraOrganisatieRepository extra, Aanmelding aanmelding, Toegang toegang, Clock clock) {
        this.gebruikers = gebruikers;
        this.organisaties = organisaties;
        this.extra = extra;
        this.aanmelding = aanmelding;
        this.toegang = toegang;
        this.clock = clock;
    }

    /** One organisation the logged-in respondent works for, and whether it is the one they work for now. */
    public record Keuze(long organisatieId, String naam, boolean gekozen) {
    }

    /** The organisations the logged-in respondent works for, their account's own first; empty for other roles. */
    @Transactional(readOnly = true)
    public List<Keuze> mijnOrganisaties() {
        HuidigeGebruiker huidige = toegang.huidigeGebruiker();
        if (!huidige.mag(Rechten.EIGEN_UITVRAAG)) {
            return List.of();
        }
        return organisatieIds(account(huidige)).stream().map(id -> organisaties.findById(id).orElseThrow())
                .map(o -> new Keuze(o.getId(), o.getNaam(), o.getId().equals(huidige.organisatieId()))).toList();
    }

    /** From now on the logged-in respondent works for this organisation, which must be one of theirs. */
    @RolesAllowed(Rechten.EIGEN_UITVRAAG)
    public void kies(long organisatieId) {
        HuidigeGebruiker huidige = toegang.met(Rechten.EIGEN_UITVRAAG);
        if (!organisatieIds(account(huidige)).contains(organisatieId)) {
            throw Toegang.geweigerd();
        }
        aanmelding.wisselScope(new HuidigeGebruiker(huidige.gebruikersnaam(), huidige.naam(), huidige.rol(), null,
                null, organisatieId));
    }

    /** The account also works for this organisation from now on (its invitation was accepted). */
    void voegToe(Gebruiker gebruiker, Organisatie organisatie) {
        if (!organisatieIds(gebruiker).contains(organisatie.getId())) {
            extra.save(new ExtraOrganisatie(gebruiker.getId(), organisatie.getId(), clock.instant()));
        }
    }

    private Gebruiker account(HuidigeGebruiker huidige) {
        return gebruikers.findByGebruikersnaam(huidige.gebruikersnaam()).orElseThrow(Toegang::geweigerd);
    }

    private List<Long> organisatieIds(Gebruiker gebruiker) {
        List<Long> ids = new ArrayList<>();
        if (gebruiker.getOrganisatie() != null) {
            ids.add(gebruiker.getOrganisatie().getId());
        }
        extra.vanGebruiker(gebruiker.getId()).forEach(e -> ids.add(e.organisatieId()));
        return ids;
    }
}
