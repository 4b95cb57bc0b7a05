package nl.gezin1plan.monitor.jaarrapport;

import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import nl.gezin1plan.monitor.base.Jaartal;
import nl.gezin1plan.monitor.base.OngeldigeInvoer;
import nl.gezin1plan.monitor.keurmerk.CriteriumUitslag;
import nl.gezin1plan.monitor.keurmerk.KeurmerkService;
import nl.gezin1plan.monitor.keurmerk.KeurmerkUitslag;
import nl.gezin1plan.monitor.organisatie.Personen;
import nl.gezin1plan.monitor.security.Rechten;
import nl.gezin1plan.monitor.security.Scope;
import nl.gezin1plan.monitor.security.Toegang;
import nl.gezin1plan.monitor.uitvraag.UitvraagStandService;
import nl.gezin1plan.monitor.uitvraag.UitvraagService;
import nl.gezin1plan.monitor.uitvraag.UitvraagStand;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Gathers one organisation's report for a year from the services that own its parts, which decide who may read it:
 * the beheerder and account managers any organisation, an agendahouder those working for their gemeente, a
 * respondent their own organisation, an aandachtsfunctionaris none.
 */
@Service
@Transactional(readOnly = true)
@RolesAllowed({Rechten.EIGEN_UITVRAAG, Rechten.GEMEENTECIJFERS})
public class OrganisatierapportService {

    private final UitvraagStandService uitvraagStanden;
    private final UitvraagService uitvragen;
    private final KeurmerkService keurmerk;
    private final Personen personen;
    private final Toegang toegang;
    private final Clock clock;

    OrganisatierapportService(UitvraagStandService uitvraagStanden, UitvraagService uitvragen, KeurmerkService keurmerk,
                              Personen personen, Toegang toegang, Clock clock) {
        this.uitvraagStanden = uitvraagStanden;
        this.uitvragen = uitvragen;
        this.keurmerk = keurmerk;
        this.personen = personen;
        this.toegang = toegang;
        this.clock = clock;
    }

    /**
     * The report of {@code organisatieId} (null: the respondent's own organisation) for {@code jaar}; empty when the
     * organisation had no uitvraag that year.
     */
    public Optional<Organisatierapport> organisatierapport(Long organisatieId, int jaar) {
        Map<String, String> fouten = new LinkedHashMap<>();
        Jaartal.controleer(jaar, "jaar", fouten);
        if (!fouten.isEmpty()) {
            throw new OngeldigeInvoer(fouten);
        }
        List<UitvraagStand> historie = uitvraagStanden.historie(organisatieVan(toegang.huidigeGebruiker().scope(), organisatieId));
        Optional<UitvraagStand> ditJaar = historie.stream().filter(s -> s.jaar() == jaar).findFirst();
        if (ditJaar.isEmpty()) {
            return Optional.empty();
        }
        long uitvraagId = ditJaar.get().uitvraagId();
        Map<Long, KeurmerkUitslag> perJaar = keurmerk.uitslagen(historie);
        KeurmerkUitslag uitslag = perJaar.get(uitvraagId);
        List<Organisatierapport.Jaar> jaren = historie.stream().sorted(Comparator.comparingInt(UitvraagStand::jaar))
                .map(s -> new Organisatierapport.Jaar(s.jaar(), s.status(), s.procentBeantwoord(),
                        perJaar.get(s.uitvraagId()).totaal()))
                .toList();
        Map<String, String> namen = personen.namen(uitslag.criteria().stream().map(CriteriumUitslag::oordeel)
                .filter(Objects::nonNull).map(CriteriumUitslag.Oordeel::door).toList());
        return Optional.of(new Organisatierapport(uitvragen.open(uitvraagId), ditJaar.get().kvkNummer(),
                LocalDate.now(clock), uitslag, namen, jaren));
    }

    /**
     * An organisation scope gets its own organisation (another is refused); a scope holding organisations names one;
     * a scope holding none is refused.
     */
    private static long organisatieVan(Scope scope, Long gevraagd) {
        if (scope instanceof Scope.Organisatie eigen) {
            if (gevraagd != null && gevraagd != eigen.organisatieId()) {
                throw Toegang.geweigerd();
            }
            return eigen.organisatieId();
        }
        if (gevraagd == null) {
            if (scope.organisaties().isEmpty()) {
                throw Toegang.geweigerd();
            }
            throw new OngeldigeInvoer(Map.of("organisatie", "Kies een organisatie."));
        }
        return gevraagd;
    }
}
