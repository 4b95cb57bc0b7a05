package nl.gezin1plan.monitor.uitvraag;

import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import nl.gezin1plan.monitor.base.Jaartal;
import nl.gezin1plan.monitor.base.OngeldigeInvoer;
import nl.gezin1plan.monitor.organisatie.Organisatie;
import nl.gezin1plan.monitor.organisatie.OrganisatiesInScope;
import nl.gezin1plan.monitor.security.HuidigeGebruiker;
import nl.gezin1plan.monitor.security.Rechten;
import nl.gezin1plan.monitor.security.Toegang;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Opening the yearly round, and what a year's round is; where each organisation stands is {@link UitvraagStandService}. */
@Service
@Transactional
@EnableConfigurationProperties(UitvraagInstellingen.class)
public class UitvraagRondeService {

    private final UitvraagRondeRepository rondes;
    private final UitvraagDefinitieRepository definities;
    private final UitvraagRepository uitvragen;
    private final AntwoordRepository antwoorden;
    private final OrganisatiesInScope organisaties;
    private final UitvraagInhoudLezer lezer;
    private final StandVastlegging vastlegging;
    private final Toegang toegang;
    private final Clock clock;
    private final UitvraagInstellingen instellingen;
    private final ApplicationEventPublisher gebeurtenissen;

    UitvraagRondeService(UitvraagRondeRepository rondes, UitvraagDefinitieRepository definities,
                         UitvraagRepository uitvragen, AntwoordRepository antwoorden, OrganisatiesInScope organisaties,
                         UitvraagInhoudLezer lezer, StandVastlegging vastlegging, Toegang toegang,
                         Clock clock, UitvraagInstellingen instellingen, ApplicationEventPublisher gebeurtenissen) {
        this.instellingen = instellingen;
        this.gebeurtenissen = gebeurtenissen;
        this.vastlegging = vastlegging;
        this.rondes = rondes;
        this.definities = definities;
        this.uitvragen = uitvragen;
        this.antwoorden = antwoorden;
        this.organisaties = organisaties;
        this.lezer = lezer;
        this.toegang = toegang;
        this.clock = clock;
    }

    /** Whether the caller may open rounds ({@link Rechten#BEOORDELEN}), for the organisations in their scope. */
    public boolean magOpenen() {
        return toegang.huidigeGebruiker().mag(Rechten.BEOORDELEN);
    }

    /**
     * Opens the year's round, with {@link Rechten#BEOORDELEN}, for the organisations in the caller's scope: for an
     * agendahouder those working for their gemeente, for the beheerder the whole region. An organisation gets one
     * uitvraag a year, whichever gemeente opened it first, and it starts from last year's answers: with answers it is
     * a concept, not "niet gestart", so that its status agrees with its progress and keurmerk. Organisations added to
     * a round whose deadline is closer than {@code monitor.uitvraag.deadline-late-toevoeging} (or past) get that long
     * from today.
     * The new organisations are announced as {@link UitvragenGeopend}, the answers carried over as
     * {@link AntwoordenGewijzigd}, within this transaction.
     */
    @RolesAllowed(Rechten.BEOORDELEN)
    public RondeOpening openRonde(int jaar, LocalDate opentOp, LocalDate deadline) {
        HuidigeGebruiker gebruiker = toegang.met(Rechten.BEOORDELEN);
        List<Organisatie> inScope = organisaties.opNaam(gebruiker.scope().organisatiesOfWeiger());
        Map<String, String> fouten = new LinkedHashMap<>();
        Jaartal.controleer(jaar, "jaar", fouten);
        if (opentOp == null) {
            fouten.put("opentOp", "Kies de datum waarop de uitvraag opent.");
        }
        if (deadline == null) {
            fouten.put("deadline", "Kies de uiterste datum van indienen.");
        } else if (opentOp != null && deadline.isBefore(opentOp)) {
            fouten.put("deadline", "De uiterste datum moet op of na de openingsdatum liggen.");
        }
        if (!fouten.isEmpty()) {
            throw new OngeldigeInvoer(fouten);
        }
        Optional<UitvraagRonde> lopend = rondes.findByJaar(jaar);
        UitvraagRonde ronde = lopend.orElseGet(() -> rondes.save(new UitvraagRonde(jaar,
                definities.findFirstByOrderByIdDesc().orElseThrow(), opentOp, deadline, gebruiker.gebruikersnaam(),
                OffsetDateTime.now(clock))));
        LocalDate eigenDeadline = lopend.map(this::deadlineVoorLateToevoeging).orElse(null);
        Set<Long> alAanwezig = uitvragen.findByJaarEnOrganisaties(jaar, ids(inScope)).stream()
                .map(u -> u.getOrganisatie().getId()).collect(Collectors.toSet());
        List<Organisatie> nieuw = inScope.stream().filter(o -> !alAanwezig.contains(o.getId())).toList();
        Map<Long, List<Antwoord>> vorigJaar = antwoordenVan(jaar - 1, ids(nieuw));
        UitvraagInhoud inhoud = lezer.van(ronde.getDefinitie());
        Instant op = clock.instant();
        List<Antwoord> overgenomen = new ArrayList<>();
        for (Organisatie organisatie : nieuw) {
            Uitvraag uitvraag = uitvragen.save(new Uitvraag(ronde, organisatie, eigenDeadline));
            for (Antwoord oud : vorigJaar.getOrDefault(organisatie.getId(), List.of())) {
                if (inhoud.vraag(oud.getVraag()).isPresent()) {
                    overgenomen.add(antwoorden.save(new Antwoord(uitvraag, oud.getVraag(), oud.getWaarde(),
                            gebruiker.gebruikersnaam(), op)));
                    uitvraag.gewijzigd();
                }
            }
        }
        if (!nieuw.isEmpty()) {
            uitvragen.flush();
            if (!overgenomen.isEmpty()) {
                gebeurtenissen.publishEvent(new AntwoordenGewijzigd(gebruiker.gebruikersnaam(), gebruiker.rol(), op,
                        overgenomen.stream().map(a -> new AntwoordenGewijzigd.Wijziging(a.getUitvraag().getId(), jaar,
                                a.getUitvraag().getOrganisatie().getNaam(), a.getVraag(),
                                AntwoordenGewijzigd.Soort.BEANTWOORD)).toList()));
            }
            vastlegging.werkBij(jaar);
            gebeurtenissen.publishEvent(new UitvragenGeopend(jaar, ids(nieuw)));
        }
        return new RondeOpening(jaar, ronde.getOpentOp(), ronde.getDeadline(), ronde.getDefinitie().getNaam(),
                nieuw.size(), alAanwezig.size(), nieuw.isEmpty() ? null : eigenDeadline);
    }

    /** Null when the round's deadline still leaves a late addition the configured time to answer. */
    private LocalDate deadlineVoorLateToevoeging(UitvraagRonde ronde) {
        LocalDate minstens = LocalDate.now(clock).plusDays(instellingen.deadlineLateToevoeging().toDays());
        return ronde.getDeadline().isBefore(minstens) ? minstens : null;
    }

    /** The questionnaire the year's round uses, if it was opened. */
    @Transactional(readOnly = true)
    public java.util.Optional<UitvraagInhoud> inhoud(int jaar) {
        toegang.huidigeGebruiker();
        return rondes.findByJaar(jaar).map(r -> lezer.van(r.getDefinitie()));
    }

    /** The year's round, if it was opened: dates and questionnaire version. */
    @Transactional(readOnly = true)
    public java.util.Optional<RondeOpening> ronde(int jaar) {
        toegang.huidigeGebruiker();
        return rondes.findByJaar(jaar).map(r -> new RondeOpening(jaar, r.getOpentOp(), r.getDeadline(),
                r.getDefinitie().getNaam(), 0, 0, null));
    }

    private Map<Long, List<Antwoord>> antwoordenVan(int jaar, List<Long> organisatieIds) {
        if (organisatieIds.isEmpty()) {
            return Map.of();
        }
        List<Uitvraag> vorige = uitvragen.findByJaarEnOrganisaties(jaar, organisatieIds);
        if (vorige.isEmpty()) {
            return Map.of();
        }
        Map<Long, Long> organisatieVan = vorige.stream()
                .collect(Collectors.toMap(Uitvraag::getId, u -> u.getOrganisatie().getId()));
        return antwoorden.findByUitvragen(organisatieVan.keySet()).stream()
                .collect(Collectors.groupingBy(a -> organisatieVan.get(a.getUitvraag().getId())));
    }

    private static List<Long> ids(List<Organisatie> lijst) {
        return lijst.stream().map(Organisatie::getId).toList();
    }

}
