package nl.gezin1plan.monitor.beheer;

import jakarta.annotation.security.RolesAllowed;
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
import nl.gezin1plan.monitor.organisatie.OrganisatiesInScope;
import nl.gezin1plan.monitor.security.Rechten;
import nl.gezin1plan.monitor.security.Scope;
import nl.gezin1plan.monitor.security.Toegang;
import nl.gezin1plan.monitor.uitvraag.StandVastlegging;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The register of organisations, within the scope of the person: the region manages all of them, an agendahouder
 * those that work for their gemeente, and every organisation they save keeps their gemeente among its gemeenten.
 * Which other gemeenten an organisation works for is for those who hold the region to change: an agendahouder's save
 * speaks only for their own gemeente, so no gemeente loses an organisation, or gains its answers and
 * accountgesprekken, by another gemeente's hand. Importing a list is {@link OrganisatieImport}.
 */
@Service
@Transactional
@RolesAllowed(Rechten.ORGANISATIEREGISTER)
public class OrganisatieRegisterService {

    private final OrganisatieRepository organisaties;
    private final GemeenteRepository gemeenten;
    private final StandVastlegging vastlegging;
    private final OrganisatiesInScope organisatiesInScope;
    private final Toegang toegang;

    OrganisatieRegisterService(OrganisatieRepository organisaties, GemeenteRepository gemeenten,
                               StandVastlegging vastlegging, OrganisatiesInScope organisatiesInScope, Toegang toegang) {
        this.vastlegging = vastlegging;
        this.organisaties = organisaties;
        this.gemeenten = gemeenten;
        this.organisatiesInScope = organisatiesInScope;
        this.toegang = toegang;
    }

    @Transactional(readOnly = true)
    public List<OrganisatieRegel> organisaties() {
        return organisatiesInScope.opNaam(toegang.met(Rechten.ORGANISATIEREGISTER).scope().organisatiesOfWeiger()).stream()
                .map(OrganisatieRegisterService::regel).toList();
    }

    /** One organisation's details for its page, for everyone who sees the gemeenten's figures and within their scope. */
    @Transactional(readOnly = true)
    @RolesAllowed(Rechten.GEMEENTECIJFERS)
    public OrganisatieRegel organisatie(long id) {
        Scope scope = toegang.met(Rechten.GEMEENTECIJFERS).scope();
        Organisatie organisatie = organisaties.findById(id).orElseThrow(Toegang::geweigerd);
        if (!scope.omvat(organisatie)) {
            throw Toegang.geweigerd();
        }
        return regel(organisatie);
    }

    /** The gemeenten the user may choose for an organisation. */
    @Transactional(readOnly = true)
    public List<GemeenteKeuze> gemeenten() {
        Scope scope = toegang.met(Rechten.ORGANISATIEREGISTER).scope();
        return gemeenten.findAllByOrderByNaam().stream()
                .filter(g -> scope.omvatGemeente(g.getId()))
                .map(g -> new GemeenteKeuze(g.getId(), g.getNaam())).toList();
    }

    public OrganisatieRegel voegToe(OrganisatieGegevens gegevens) {
        Scope scope = toegang.met(Rechten.ORGANISATIEREGISTER).scope();
        controleer(gegevens, scope, null);
        Organisatie organisatie = new Organisatie(gegevens.naam(), gegevens.kvkNummer(), gegevens.type(),
                gegevens.werktMetJeugd(), gemeentenVan(gegevens.gemeenteIds()));
        gegevens.contactpersonen().forEach(c -> organisatie.voegContactpersoonToe(c.naam(), c.email(), c.rol()));
        return regel(organisaties.saveAndFlush(organisatie));
    }

    /** Saves changes made from {@code verwachteVersie}; a change someone else saved meanwhile is not overwritten. */
    public OrganisatieRegel wijzig(long id, long verwachteVersie, OrganisatieGegevens gegevens) {
        Scope scope = toegang.met(Rechten.ORGANISATIEREGISTER).scope();
        Organisatie organisatie = inScope(id, scope);
        if (organisatie.getVersion() != verwachteVersie) {
            throw new ObjectOptimisticLockingFailureException(Organisatie.class, id);
        }
        controleer(gegevens, scope, id);
        boolean jeugdGewijzigd = organisatie.isWerktMetJeugd() != gegevens.werktMetJeugd();
        organisatie.wijzig(gegevens.naam(), gegevens.kvkNummer(), gegevens.type(), gegevens.werktMetJeugd());
        organisatie.werktVoor(gemeentenVan(nieuweGemeenten(organisatie, gegevens, scope)));
        organisatie.verwijderContactpersonen();
        organisaties.flush();
        gegevens.contactpersonen().forEach(c -> organisatie.voegContactpersoonToe(c.naam(), c.email(), c.rol()));
        OrganisatieRegel regel = regel(organisaties.saveAndFlush(organisatie));
        if (jeugdGewijzigd) {
            vastlegging.werkBijVoorOrganisatie(id);
        }
        return regel;
    }

    /**
     * The region's choice stands as asked; for a gemeente (an agendahouder) the gemeenten it had besides theirs stay,
     * their own is always there.
     */
    private static Set<Long> nieuweGemeenten(Organisatie organisatie, OrganisatieGegevens gegevens, Scope scope) {
        if (scope.isRegio()) {
            return gegevens.gemeenteIds();
        }
        Set<Long> ids = new HashSet<>();
        organisatie.getGemeenten().forEach(g -> ids.add(g.getId()));
        scope.gemeente().ifPresent(ids::add);
        return ids;
    }

    private void controleer(OrganisatieGegevens gegevens, Scope scope, Long eigenId) {
        Map<String, String> fouten = new LinkedHashMap<>(gegevens.fouten());
        if (GemeenteKoppeling.zonderEigenGemeente(scope, gegevens.gemeenteIds())) {
            fouten.putIfAbsent("gemeenten", GemeenteKoppeling.EIGEN_GEMEENTE);
        }
        if (GemeenteKoppeling.voegtAndereGemeenteToe(scope, huidigeGemeenten(eigenId), gegevens.gemeenteIds())) {
            fouten.putIfAbsent("gemeenten", GemeenteKoppeling.ALLEEN_EIGEN_GEMEENTE);
        }
        if (gegevens.kvkNummer() != null) {
            organisaties.findByKvkNummer(gegevens.kvkNummer()).filter(o -> !o.getId().equals(eigenId))
                    .ifPresent(o -> fouten.putIfAbsent("kvkNummer", scope.omvat(o)
                            ? "Dit KvK-nummer hoort al bij " + o.getNaam() + "."
                            : "Dit KvK-nummer staat al in het register, bij een organisatie die niet voor uw gemeente "
                                    + "werkt. Vraag de beheerder om uw gemeente aan die organisatie te koppelen."));
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

    private Set<Long> huidigeGemeenten(Long organisatieId) {
        Set<Long> ids = new HashSet<>();
        if (organisatieId != null) {
            organisaties.findById(organisatieId).ifPresent(o -> o.getGemeenten().forEach(g -> ids.add(g.getId())));
        }
        return ids;
    }

    private Organisatie inScope(long id, Scope scope) {
        Organisatie organisatie = organisaties.findById(id).orElseThrow(Toegang::geweigerd);
        if (!scope.omvat(organisatie)) {
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
