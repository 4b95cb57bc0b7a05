package nl.gezin1plan.monitor.rapportage;

import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import nl.gezin1plan.monitor.keurmerk.CriteriumUitslag;
import nl.gezin1plan.monitor.keurmerk.KeurmerkService;
import nl.gezin1plan.monitor.keurmerk.KeurmerkUitslag;
import nl.gezin1plan.monitor.keurmerk.VastgelegdeUitslag;
import nl.gezin1plan.monitor.security.Rechten;
import nl.gezin1plan.monitor.uitvraag.Kerncijfer;
import nl.gezin1plan.monitor.uitvraag.UitvraagFilter;
import nl.gezin1plan.monitor.uitvraag.UitvraagInhoud;
import nl.gezin1plan.monitor.uitvraag.UitvraagRondeService;
import nl.gezin1plan.monitor.uitvraag.UitvraagStand;
import nl.gezin1plan.monitor.uitvraag.UitvraagStandService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Each organisation's implementation progress in a year (uitvraag status, share answered, keurmerk, key figures,
 * next to last year), one page at a time: a fixed number of queries per page, however many organisations
 * there are. The scope is the caller's (the services of uitvraag and keurmerk check it).
 */
@Service
@Transactional(readOnly = true)
@RolesAllowed(Rechten.GEMEENTECIJFERS)
public class OrganisatieVoortgangService {

    private final UitvraagRondeService rondes;
    private final UitvraagStandService uitvraagStanden;
    private final KeurmerkService keurmerk;
    private final Clock clock;

    OrganisatieVoortgangService(UitvraagRondeService rondes, UitvraagStandService uitvraagStanden,
                                KeurmerkService keurmerk, Clock clock) {
        this.rondes = rondes;
        this.uitvraagStanden = uitvraagStanden;
        this.keurmerk = keurmerk;
        this.clock = clock;
    }

    /** The questionnaire of the year's round, which decides the criteria and key-figure columns. */
    public java.util.Optional<UitvraagInhoud> inhoud(int jaar) {
        return rondes.inhoud(jaar);
    }

    public List<OrganisatieVoortgangRegel> regels(int jaar, UitvraagFilter filter, int offset, int limit) {
        List<UitvraagStand> standen = uitvraagStanden.standen(jaar, filter, offset, limit);
        if (standen.isEmpty()) {
            return List.of();
        }
        Map<Long, KeurmerkUitslag> uitslagen = keurmerk.uitslagen(standen);
        List<UitvraagStand> vorige = uitvraagStanden.standenVan(jaar - 1, standen.stream().map(UitvraagStand::organisatieId).toList());
        Map<Long, KeurmerkUitslag> vorigeUitslagen = keurmerk.uitslagen(vorige);
        Map<Long, UitvraagStand> vorigePerOrganisatie = vorige.stream()
                .collect(Collectors.toMap(UitvraagStand::organisatieId, Function.identity()));
        LocalDate vandaag = LocalDate.now(clock);
        List<OrganisatieVoortgangRegel> regels = new ArrayList<>(standen.size());
        for (UitvraagStand stand : standen) {
            UitvraagStand vorig = vorigePerOrganisatie.get(stand.organisatieId());
            regels.add(new OrganisatieVoortgangRegel(stand.uitvraagId(), stand.organisatieId(), stand.organisatie(), stand.kvkNummer(),
                    jaar, stand.status(), stand.ingediendOp(), stand.isTeLaat(vandaag), stand.procentBeantwoord(),
                    uitslagen.get(stand.uitvraagId()),
                    kerncijfers(stand), vorig == null ? null
                    : new OrganisatieVoortgangRegel.Vorig(vorig.procentBeantwoord(), vorigeUitslagen.get(vorig.uitvraagId()).totaal())));
        }
        return regels;
    }

    public long aantal(int jaar, UitvraagFilter filter) {
        return uitvraagStanden.aantal(jaar, filter);
    }

    /**
     * Hands every row to {@code regels} as it is read from the database: last year's figures are kept per
     * organisation (two numbers each), this year's rows stream through, so memory hardly grows with the count. A
     * gemeente in the filter ({@link UitvraagFilter#voorGemeente}) narrows both years in the query, so a region-wide
     * caller reading one gemeente reads no other gemeente's rows.
     */
    public void exporteer(int jaar, UitvraagFilter filter, Consumer<OrganisatieVoortgangRegel> regels) {
        Map<Long, OrganisatieVoortgangRegel.Vorig> vorig = vorigJaar(jaar - 1, filter.zonderStatus());
        Map<Long, Map<String, CriteriumUitslag.Oordeel>> oordelen = keurmerk.oordelenVanJaar(jaar);
        LocalDate vandaag = LocalDate.now(clock);
        try (Stream<UitvraagStand> standen = uitvraagStanden.stroom(jaar, filter)) {
            standen.forEach(s -> regels.accept(new OrganisatieVoortgangRegel(s.uitvraagId(), s.organisatieId(), s.organisatie(),
                    s.kvkNummer(), jaar, s.status(), s.ingediendOp(), s.isTeLaat(vandaag), s.procentBeantwoord(),
                    KeurmerkService.uitslag(s, oordelen),
                    kerncijfers(s), vorig.get(s.organisatieId()))));
        }
    }

    /** Last year's progress and keurmerk per organisation from the kept results, one narrow row each. */
    private Map<Long, OrganisatieVoortgangRegel.Vorig> vorigJaar(int jaar, UitvraagFilter filter) {
        Map<Long, OrganisatieVoortgangRegel.Vorig> vorig = new HashMap<>();
        for (VastgelegdeUitslag uitslag : keurmerk.vastgelegdZonderCriteria(jaar, filter)) {
            vorig.put(uitslag.organisatieId(), new OrganisatieVoortgangRegel.Vorig(uitslag.procentBeantwoord(), uitslag.totaal()));
        }
        return vorig;
    }

    /** Hands every uitvraag of the year with its answers to {@code standen} as it is read, for the answers export. */
    public void exporteerAntwoorden(int jaar, UitvraagFilter filter, Consumer<UitvraagStand> standen) {
        try (Stream<UitvraagStand> stroom = uitvraagStanden.stroom(jaar, filter)) {
            stroom.forEach(standen);
        }
    }

    private static Map<String, String> kerncijfers(UitvraagStand stand) {
        Map<String, String> cijfers = new LinkedHashMap<>();
        for (Kerncijfer kerncijfer : stand.inhoud().kerncijfers()) {
            cijfers.put(kerncijfer.kolom(), stand.antwoorden().get(kerncijfer.vraag()));
        }
        return cijfers;
    }
}
