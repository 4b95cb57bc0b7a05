package nl.gezin1plan.monitor.beheer;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.gezin1plan.monitor.base.OngeldigeInvoer;
import nl.gezin1plan.monitor.checklist.GemeenteKeuze;
import nl.gezin1plan.monitor.organisatie.Gemeente;
import nl.gezin1plan.monitor.organisatie.GemeenteRepository;
import nl.gezin1plan.monitor.organisatie.Organisatie;
import nl.gezin1plan.monitor.organisatie.OrganisatieRepository;
import nl.gezin1plan.monitor.organisatie.Rol;
import nl.gezin1plan.monitor.security.HuidigeGebruiker;
import nl.gezin1plan.monitor.security.Toegang;
import nl.gezin1plan.monitor.uitvraag.UitslagVastlegging;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The register of organisations. The beheerder manages all of them; an agendahouder those that work for their
 * gemeente, and every organisation they save keeps their gemeente among its gemeenten. Importing a list is
 * {@link OrganisatieImport}.
 */
@Service
@Transactional
public class OrganisatieRegisterService {

    private final OrganisatieRepository organisaties;
    private final GemeenteRepository gemeenten;
    private final UitslagVastlegging vastlegging;
    private final Toegang toegang;

    OrganisatieRegisterService(OrganisatieRepository organisaties, GemeenteRepository gemeenten,
                               UitslagVastlegging vastlegging, Toegang toegang) {
        this.vastlegging = vastlegging;
        this.organisaties = organisaties;
        this.gemeenten = gemeenten;
        this.toegang = toegang;
    }

    @Transactional(readOnly = true)
    public List<OrganisatieRegel> organisaties() {
        HuidigeGebruiker gebruiker = toegang.beheerderOfAgendahouder();
        List<Organisatie> lijst = gebruiker.rol() == Rol.BEHEERDER ? organisaties.findAllByOrderByNaam()
                : organisaties.werkendVoor(gebruiker.gemeenteId());
        return lijst.stream().map(OrganisatieRegisterService::regel).toList();
    }

    /** The gemeenten the user may choose for an organisation. */
    @Transactional(readOnly = true)
    public List<GemeenteKeuze> gemeenten() {
        toegang.beheerderOfAgendahouder();
        return gemeenten.findAllByOrderByNaam().stream().map(g -> new GemeenteKeuze(g.getId(), g.getNaam())).toList();
    }

    public OrganisatieRegel voegToe(OrganisatieGegevens gegevens) {
        HuidigeGebruiker gebruiker = toegang.beheerderOfAgendahouder();
        controleer(gegevens, gebruiker, null);
        Organisatie organisatie = new Organisatie(gegevens.naam(), gegevens.kvkNummer(), gegevens.type(),
                gegevens.werktMetJeugd(), gemeentenVan(gegevens.gemeenteIds()));
        gegevens.contactpersonen().forEach(c -> organisatie.voegContactpersoonToe(c.naam(), c.email(), c.rol()));
        return regel(organisaties.saveAndFlush(organisatie));
    }

    /** Saves changes made from {@code verwachteVersie}; a change someone else saved meanwhile is not overwritten. */
    public OrganisatieRegel wijzig(long id, long verwachteVersie, OrganisatieGegevens gegevens) {
        HuidigeGebruiker gebruiker = toegang.beheerderOfAgendahouder();
        Organisatie organisatie = inScope(id, gebruiker);
        if (organisatie.getVersion() != verwachteVersie) {
            throw new ObjectOptimisticLockingFailureException(Organisatie.class, id);
        }
        controleer(gegevens, gebruiker, id);
        boolean jeugdGewijzigd = organisatie.isWerktMetJeugd() != gegevens.werktMetJeugd();
        organisatie.wijzig(gegevens.naam(), gegevens.kvkNummer(), gegevens.type(), gegevens.werktMetJeugd());
        organisatie.werktVoor(gemeentenVan(gegevens.gemeenteIds()));
        organisatie.verwijderContactpersonen();
        organisaties.flush();
        gegevens.contactpersonen().forEach(c -> organisatie.voegContactpersoonToe(c.naam(), c.email(), c.rol()));
        OrganisatieRegel regel = regel(organisaties.saveAndFlush(organisatie));
        if (jeugdGewijzigd) {
            vastlegging.werkBijVoorOrganisatie(id);
        }
        return regel;
    }

    private void controleer(OrganisatieGegevens gegevens, HuidigeGebruiker gebruiker, Long eigenId) {
        Map<String, String> fouten = new LinkedHashMap<>(gegevens.fouten());
        if (gebruiker.rol() == Rol.AGENDAHOUDER && !gegevens.gemeenteIds().contains(gebruiker.gemeenteId())) {
            fouten.putIfAbsent("gemeenten", "Uw eigen gemeente moet bij de gemeenten van de organisatie staan.");
        }
        if (gegevens.kvkNummer() != null) {
            organisaties.findByKvkNummer(gegevens.kvkNummer()).filter(o -> !o.getId().equals(eigenId))
                    .ifPresent(o -> fouten.putIfAbsent("kvkNummer", "Dit KvK-nummer hoort al bij " + o.getNaam() + "."));
        }
        if (!fouten.isEmpty()) {
            throw new OngeldigeInvoer(fouten);
        }
    }

    private Set<Gemeente> gemeentenVan(Set<Long> ids) {
        List<Gemeente> gevonden = gemeenten.findAllById(ids);
        if (gevonden.size() != ids.size()) {
            throw new OngeldigeInvoer(Map.of("gemeenten", "Kies bestaande gemeenten."));
        }
        return new HashSet<>(gevonden);
    }

    private Organisatie inScope(long id, HuidigeGebruiker gebruiker) {
        Organisatie organisatie = organisaties.findById(id).orElseThrow(Toegang::geweigerd);
        if (gebruiker.rol() == Rol.AGENDAHOUDER && !organisatie.werktVoor(gebruiker.gemeenteId())) {
            throw Toegang.geweigerd();
        }
        return organisatie;
    }

    static OrganisatieRegel regel(Organisatie o) {
        return new OrganisatieRegel(o.getId(), o.getVersion(), o.getNaam(), o.getKvkNummer(), o.getType(),
                o.isWerktMetJeugd(), o.getGemeenten().stream().map(Gemeente::getNaam).sorted().toList(),
                o.getContactpersonen().stream().map(c -> new OrganisatieGegevens.Contact(c.getNaam(), c.getEmail(),
                        c.getRol())).toList());
    }
}
