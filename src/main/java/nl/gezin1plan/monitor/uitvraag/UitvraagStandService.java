package nl.gezin1plan.monitor.uitvraag;

import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.gezin1plan.monitor.organisatie.Organisatie;
import nl.gezin1plan.monitor.organisatie.OrganisatieRepository;
import nl.gezin1plan.monitor.organisatie.ScopeVoorwaarde;
import nl.gezin1plan.monitor.security.Rechten;
import nl.gezin1plan.monitor.security.Toegang;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Where every uitvraag in the caller's scope stands: status, answers and the kept share answered, for a year, a page,
 * a stream, other years or one organisation's history, each within the organisations the caller's
 * {@link nl.gezin1plan.monitor.security.Scope} holds.
 */
@Service
@Transactional(readOnly = true)
@RolesAllowed({Rechten.GEMEENTECIJFERS, Rechten.EIGEN_UITVRAAG})
public class UitvraagStandService {

    private static final int BLOK = 1_000;

    private final AntwoordRepository antwoorden;
    private final OrganisatieRepository organisaties;
    private final UitvraagInhoudLezer lezer;
    private final UitvraagPagina pagina;
    private final UitvraagStroom stroom;
    private final Toegang toegang;

    UitvraagStandService(AntwoordRepository antwoorden, OrganisatieRepository organisaties,
                         UitvraagInhoudLezer lezer, UitvraagPagina pagina, UitvraagStroom stroom, Toegang toegang) {
        this.antwoorden = antwoorden;
        this.organisaties = organisaties;
        this.lezer = lezer;
        this.pagina = pagina;
        this.stroom = stroom;
        this.toegang = toegang;
    }

    /** Every uitvraag of the year in the caller's scope, with its answers, in two queries whatever the count. */
    public List<UitvraagStand> standen(int jaar) {
        return standenVan(pagina.lees(jaar, scope(), UitvraagFilter.ALLES, 0, Integer.MAX_VALUE));
    }

    /** One page of the year's uitvragen in the caller's scope, in name order: a fixed number of queries per page. */
    public List<UitvraagStand> standen(int jaar, UitvraagFilter filter, int offset, int limit) {
        return standenVan(pagina.lees(jaar, scope(filter), filter, offset, limit));
    }

    public long aantal(int jaar, UitvraagFilter filter) {
        return pagina.tel(jaar, scope(filter), filter);
    }

    /**
     * Every uitvraag of the year in the caller's scope as a forward-only stream in name order, for exports in
     * constant memory. Call within a transaction and close the stream.
     */
    public java.util.stream.Stream<UitvraagStand> stroom(int jaar, UitvraagFilter filter) {
        return stroom.stroom(jaar, scope(filter), filter);
    }

    /**
     * The kept share answered of every uitvraag of the year in the caller's scope: one narrow row each, for
     * overviews over years. Rows without a kept share (answers loaded past the application since start-up) are
     * computed from their answers here, so every row has its {@code procentBeantwoord}.
     */
    public List<VastgelegdeRegel> vastgelegd(int jaar, UitvraagFilter filter) {
        List<VastgelegdeRegel> regels = stroom.vastgelegd(jaar, scope(filter), filter);
        List<Long> zonder = regels.stream().filter(r -> r.procentBeantwoord() == null)
                .map(VastgelegdeRegel::organisatieId).toList();
        if (zonder.isEmpty()) {
            return regels;
        }
        Map<Long, Integer> berekend = new HashMap<>();
        for (int van = 0; van < zonder.size(); van += BLOK) {
            standenVan(pagina.vanOrganisaties(jaar, zonder.subList(van, Math.min(van + BLOK, zonder.size()))))
                    .forEach(s -> berekend.put(s.uitvraagId(), s.procentBeantwoord()));
        }
        return regels.stream().map(r -> r.procentBeantwoord() != null ? r
                : new VastgelegdeRegel(r.uitvraagId(), r.organisatieId(), r.status(), berekend.get(r.uitvraagId())))
                .toList();
    }

    /** The ids of the year's uitvragen in the caller's scope: one narrow query, for other modules' own tables. */
    public List<Long> ids(int jaar) {
        return stroom.ids(jaar, scope(), UitvraagFilter.ALLES);
    }

    /** The uitvragen of these organisations in another year, e.g. the year before, within the caller's scope. */
    public List<UitvraagStand> standenVan(int jaar, java.util.Collection<Long> organisatieIds) {
        ScopeVoorwaarde scope = scope();
        if (organisatieIds.isEmpty()) {
            return List.of();
        }
        return standenVan(pagina.vanOrganisaties(jaar, organisatieIds).stream()
                .filter(u -> scope.bevat(u.getOrganisatie()))
                .toList());
    }

    /** One organisation's uitvragen over all years, newest first, if it is in the caller's scope. */
    public List<UitvraagStand> historie(long organisatieId) {
        ScopeVoorwaarde scope = scope();
        Organisatie organisatie = organisaties.findById(organisatieId).orElseThrow(Toegang::geweigerd);
        if (!scope.bevat(organisatie)) {
            throw Toegang.geweigerd();
        }
        return standenVan(pagina.alleJarenVan(organisatieId));
    }

    /** The caller's scope narrowed to the filter's gemeente; an agendahouder naming another gemeente is refused. */
    private ScopeVoorwaarde scope(UitvraagFilter filter) {
        return scope().binnen(filter.gemeente()).orElseThrow(Toegang::geweigerd);
    }

    /** The organisations in the caller's scope; a scope without organisations (an afdeling) is refused. */
    private ScopeVoorwaarde scope() {
        return toegang.huidigeGebruiker().scope().organisatiesOfWeiger();
    }

    private List<UitvraagStand> standenVan(List<Uitvraag> lijst) {
        Map<Long, Map<String, String>> perUitvraag = new HashMap<>();
        if (!lijst.isEmpty()) {
            antwoorden.waardenVan(lijst.stream().map(Uitvraag::getId).toList()).forEach(a -> perUitvraag
                    .computeIfAbsent(a.uitvraagId(), id -> new LinkedHashMap<>()).put(a.vraag(), a.waarde()));
        }
        List<UitvraagStand> standen = new ArrayList<>(lijst.size());
        for (Uitvraag u : lijst) {
            Organisatie o = u.getOrganisatie();
            standen.add(new UitvraagStand(u.getId(), u.getRonde().getJaar(), o.getId(), o.getNaam(), o.getKvkNummer(), o.isWerktMetJeugd(),
                    u.getStatus(), u.getIngediendOp(), u.getDeadline(), lezer.van(u.getRonde().getDefinitie()),
                    perUitvraag.getOrDefault(u.getId(), Map.of())));
        }
        return standen;
    }
}
