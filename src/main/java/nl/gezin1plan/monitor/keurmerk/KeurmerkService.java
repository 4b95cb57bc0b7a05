package nl.gezin1plan.monitor.keurmerk;

import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import nl.gezin1plan.monitor.base.OngeldigeInvoer;
import nl.gezin1plan.monitor.organisatie.OrganisatieRepository;
import nl.gezin1plan.monitor.security.HuidigeGebruiker;
import nl.gezin1plan.monitor.security.Rechten;
import nl.gezin1plan.monitor.security.Toegang;
import nl.gezin1plan.monitor.uitvraag.UitvraagFilter;
import nl.gezin1plan.monitor.uitvraag.UitvraagStandService;
import nl.gezin1plan.monitor.uitvraag.UitvraagService;
import nl.gezin1plan.monitor.uitvraag.UitvraagStand;
import nl.gezin1plan.monitor.uitvraag.UitvraagToegang;
import nl.gezin1plan.monitor.uitvraag.UitvraagWeergave;
import nl.gezin1plan.monitor.uitvraag.VastgelegdeRegel;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Keurmerk results per organisation and year, and the gemeente's judgement on single criteria. */
@Service
@Transactional
public class KeurmerkService {

    public static final int MAX_REDEN = 2000;
    private static final int BLOK = 1_000;

    private final UitvraagService uitvragen;
    private final UitvraagStandService uitvraagStanden;
    private final KeurmerkOordeelRepository oordelen;
    private final OordelenPerUitvraag oordelenPerUitvraag;
    private final OrganisatieRepository organisaties;
    private final KeurmerkBerekening berekening;
    private final KeurmerkVastlegging vastlegging;
    private final Toegang toegang;
    private final Clock clock;
    private final ApplicationEventPublisher gebeurtenissen;

    KeurmerkService(UitvraagService uitvragen, UitvraagStandService uitvraagStanden, KeurmerkOordeelRepository oordelen,
                    OordelenPerUitvraag oordelenPerUitvraag, OrganisatieRepository organisaties, KeurmerkBerekening berekening,
                    KeurmerkVastlegging vastlegging, Toegang toegang, Clock clock, ApplicationEventPublisher gebeurtenissen) {
        this.gebeurtenissen = gebeurtenissen;
        this.berekening = berekening;
        this.vastlegging = vastlegging;
        this.uitvragen = uitvragen;
        this.uitvraagStanden = uitvraagStanden;
        this.oordelen = oordelen;
        this.oordelenPerUitvraag = oordelenPerUitvraag;
        this.organisaties = organisaties;
        this.toegang = toegang;
        this.clock = clock;
    }

    /** The result of one organisation's uitvraag; the service of the uitvraag checks who may read it. */
    @Transactional(readOnly = true)
    public KeurmerkUitslag uitslag(long uitvraagId) {
        return uitslag(uitvragen.open(uitvraagId));
    }

    /** The logged-in respondent's own result for the year. */
    @Transactional(readOnly = true)
    @RolesAllowed(Rechten.EIGEN_UITVRAAG)
    public Optional<KeurmerkUitslag> mijnUitslag(int jaar) {
        return uitvragen.mijnUitvraag(jaar).map(this::uitslag);
    }

    /**
     * Sets a criterion to met or not met after the gemeente checked the evidence; the reason is kept. The judgement is
     * announced as {@link KeurmerkBeoordeeld} within this transaction.
     */
    @RolesAllowed(Rechten.BEOORDELEN)
    public KeurmerkUitslag beoordeel(long uitvraagId, String criterium, Uitkomst uitkomst, String reden) {
        HuidigeGebruiker gebruiker = toegang.huidigeGebruiker();
        UitvraagWeergave uitvraag = uitvragen.open(uitvraagId);
        if (!UitvraagToegang.magBeoordelen(gebruiker, organisaties.findById(uitvraag.organisatieId()).orElseThrow())) {
            throw Toegang.geweigerd();
        }
        if (KeurmerkCriteria.van(uitvraag.inhoud()).stream().noneMatch(c -> c.sleutel().equals(criterium))) {
            throw new OngeldigeInvoer(Map.of("criterium", "Onbekend criterium."));
        }
        if (uitkomst != Uitkomst.VOLDAAN && uitkomst != Uitkomst.NIET_VOLDAAN) {
            throw new OngeldigeInvoer(Map.of("uitkomst", "Kies voldaan of niet voldaan."));
        }
        String schoon = reden == null ? "" : reden.strip();
        if (schoon.isEmpty() || schoon.length() > MAX_REDEN) {
            throw new OngeldigeInvoer(Map.of("reden", "Geef een reden van hoogstens " + MAX_REDEN + " tekens."));
        }
        KeurmerkOordeel oordeel = oordelen.findByUitvraagIdAndCriterium(uitvraagId, criterium)
                .orElseGet(() -> new KeurmerkOordeel(uitvraagId, criterium));
        Instant op = clock.instant();
        oordeel.leg(uitkomst, schoon, gebruiker.gebruikersnaam(), op);
        oordelen.saveAndFlush(oordeel);
        gebeurtenissen.publishEvent(new KeurmerkBeoordeeld(uitvraagId, uitvraag.jaar(), uitvraag.organisatie(), criterium,
                uitkomst, schoon, gebruiker.gebruikersnaam(), gebruiker.rol(), op));
        KeurmerkUitslag uitslag = uitslag(uitvraag);
        vastlegging.leg(Map.of(uitvraagId, uitslag));
        return uitslag;
    }

    /** Every organisation of the year's round in the caller's scope, with status, progress and keurmerk. */
    @Transactional(readOnly = true)
    @RolesAllowed({Rechten.GEMEENTECIJFERS, Rechten.EIGEN_UITVRAAG})
    public List<RondeRegel> rondeOverzicht(int jaar) {
        Map<Long, Map<String, CriteriumUitslag.Oordeel>> gegeven = oordelenVanJaar(jaar);
        LocalDate vandaag = LocalDate.now(clock);
        try (var standen = uitvraagStanden.stroom(jaar, UitvraagFilter.ALLES)) {
            return standen.map(s -> new RondeRegel(s.uitvraagId(), s.organisatieId(), s.organisatie(), s.kvkNummer(),
                    s.status(), s.beantwoord(), s.teBeantwoorden(), s.ingediendOp(), s.isTeLaat(vandaag),
                    uitslag(s, gegeven))).toList();
        }
    }

    /**
     * The kept keurmerk, status and share answered of every uitvraag of the year in the caller's scope: one narrow
     * row each, for overviews over years. Rows without a kept keurmerk (answers loaded past the application since
     * start-up) are computed from their answers here.
     */
    @Transactional(readOnly = true)
    @RolesAllowed({Rechten.GEMEENTECIJFERS, Rechten.EIGEN_UITVRAAG})
    public List<VastgelegdeUitslag> vastgelegd(int jaar, UitvraagFilter filter) {
        return vastgelegd(jaar, filter, true);
    }

    /** As {@link #vastgelegd}, without the criteria (an empty map): for overviews that need only the keurmerk overall. */
    @Transactional(readOnly = true)
    @RolesAllowed({Rechten.GEMEENTECIJFERS, Rechten.EIGEN_UITVRAAG})
    public List<VastgelegdeUitslag> vastgelegdZonderCriteria(int jaar, UitvraagFilter filter) {
        return vastgelegd(jaar, filter, false);
    }

    /**
     * The year's uitvragen in the caller's scope as {@link #vastgelegdZonderCriteria}, and per criterion how many of
     * them meet it, counted by the database instead of reading every criterion row: for the dashboard.
     */
    @Transactional(readOnly = true)
    @RolesAllowed({Rechten.GEMEENTECIJFERS, Rechten.EIGEN_UITVRAAG})
    public RondeKeurmerk rondeKeurmerk(int jaar, UitvraagFilter filter) {
        List<VastgelegdeRegel> regels = uitvraagStanden.vastgelegd(jaar, filter);
        Map<Long, KeurmerkVastlegging.Vastgelegd> kept = vastlegging.lees(ids(regels), false);
        Map<String, Long> voldaan = vastlegging.telVoldaan(List.copyOf(kept.keySet()));
        for (KeurmerkVastlegging.Vastgelegd berekend : berekenOntbrekende(jaar, regels, kept)) {
            berekend.criteria().forEach((criterium, uitkomst) -> {
                if (uitkomst == Uitkomst.VOLDAAN) {
                    voldaan.merge(criterium, 1L, Long::sum);
                }
            });
        }
        return new RondeKeurmerk(samen(regels, kept, false), voldaan);
    }

    private List<VastgelegdeUitslag> vastgelegd(int jaar, UitvraagFilter filter, boolean metCriteria) {
        List<VastgelegdeRegel> regels = uitvraagStanden.vastgelegd(jaar, filter);
        Map<Long, KeurmerkVastlegging.Vastgelegd> kept = vastlegging.lees(ids(regels), metCriteria);
        berekenOntbrekende(jaar, regels, kept);
        return samen(regels, kept, metCriteria);
    }

    private static List<Long> ids(List<VastgelegdeRegel> regels) {
        return regels.stream().map(VastgelegdeRegel::uitvraagId).toList();
    }

    /** Computes, from their answers, the rows that have no kept keurmerk, adds them to {@code kept} and returns them. */
    private List<KeurmerkVastlegging.Vastgelegd> berekenOntbrekende(int jaar, List<VastgelegdeRegel> regels,
                                                                    Map<Long, KeurmerkVastlegging.Vastgelegd> kept) {
        List<Long> zonder = regels.stream().filter(r -> !kept.containsKey(r.uitvraagId()))
                .map(VastgelegdeRegel::organisatieId).toList();
        List<KeurmerkVastlegging.Vastgelegd> berekend = new ArrayList<>();
        for (int van = 0; van < zonder.size(); van += BLOK) {
            berekening.uitslagen(uitvraagStanden.standenVan(jaar, zonder.subList(van, Math.min(van + BLOK, zonder.size()))))
                    .forEach((id, uitslag) -> {
                        KeurmerkVastlegging.Vastgelegd v = KeurmerkVastlegging.Vastgelegd.van(uitslag);
                        kept.put(id, v);
                        berekend.add(v);
                    });
        }
        return berekend;
    }

    private static List<VastgelegdeUitslag> samen(List<VastgelegdeRegel> regels,
                                                  Map<Long, KeurmerkVastlegging.Vastgelegd> kept, boolean metCriteria) {
        List<VastgelegdeUitslag> uitslagen = new ArrayList<>(regels.size());
        for (VastgelegdeRegel r : regels) {
            KeurmerkVastlegging.Vastgelegd k = kept.get(r.uitvraagId());
            uitslagen.add(new VastgelegdeUitslag(r.uitvraagId(), r.organisatieId(), r.status(), r.procentBeantwoord(),
                    k.totaal(), metCriteria ? k.criteria() : Map.of()));
        }
        return uitslagen;
    }

    /** The keurmerk of each of these uitvragen, judgements included, in one query for the judgements. */
    @Transactional(readOnly = true)
    public Map<Long, KeurmerkUitslag> uitslagen(List<UitvraagStand> standen) {
        return berekening.uitslagen(standen);
    }

    /** Every judgement on the year's uitvragen in the caller's scope, by uitvraag: for streaming exports. */
    @Transactional(readOnly = true)
    @RolesAllowed({Rechten.GEMEENTECIJFERS, Rechten.EIGEN_UITVRAAG})
    public Map<Long, Map<String, CriteriumUitslag.Oordeel>> oordelenVanJaar(int jaar) {
        return oordelenPerUitvraag.van(uitvraagStanden.ids(jaar));
    }

    /** The keurmerk of one uitvraag from its answers and the given judgements. */
    public static KeurmerkUitslag uitslag(UitvraagStand stand, Map<Long, Map<String, CriteriumUitslag.Oordeel>> oordelen) {
        return KeurmerkUitslagBerekening.bereken(stand.inhoud(), stand.antwoorden(), stand.werktMetJeugd(),
                oordelen.getOrDefault(stand.uitvraagId(), Map.of()));
    }

    private KeurmerkUitslag uitslag(UitvraagWeergave uitvraag) {
        Map<String, CriteriumUitslag.Oordeel> gegeven = oordelen.findByUitvraagId(uitvraag.id()).stream()
                .collect(Collectors.toMap(KeurmerkOordeel::getCriterium, KeurmerkOordeel::alsOordeel));
        return KeurmerkUitslagBerekening.bereken(uitvraag.inhoud(), uitvraag.geldigeAntwoorden(),
                uitvraag.werktMetJeugd(), gegeven);
    }
}
