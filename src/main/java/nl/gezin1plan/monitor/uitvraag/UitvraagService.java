package nl.gezin1plan.monitor.uitvraag;

import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.gezin1plan.monitor.base.OngeldigeInvoer;
import nl.gezin1plan.monitor.base.ui.Formaat;
import nl.gezin1plan.monitor.organisatie.Organisatie;
import nl.gezin1plan.monitor.organisatie.Personen;
import nl.gezin1plan.monitor.security.HuidigeGebruiker;
import nl.gezin1plan.monitor.security.Rechten;
import nl.gezin1plan.monitor.security.Scope;
import nl.gezin1plan.monitor.security.Toegang;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Answering, submitting and reopening an organisation's yearly uitvraag. Every method checks the scope. */
@Service
@Transactional
public class UitvraagService {

    public static final int MAX_REDEN = 2000;

    private final UitvraagRepository uitvragen;
    private final AntwoordRepository antwoorden;
    private final UitvraagGebeurtenisRepository gebeurtenissen;
    private final UitvraagInhoudLezer lezer;
    private final StandVastlegging vastlegging;
    private final Toegang toegang;
    private final Clock clock;
    private final Personen personen;
    private final ApplicationEventPublisher publicatie;

    UitvraagService(UitvraagRepository uitvragen, AntwoordRepository antwoorden,
                    UitvraagGebeurtenisRepository gebeurtenissen, UitvraagInhoudLezer lezer,
                    StandVastlegging vastlegging, Toegang toegang, Clock clock, Personen personen,
                    ApplicationEventPublisher publicatie) {
        this.publicatie = publicatie;
        this.personen = personen;
        this.vastlegging = vastlegging;
        this.uitvragen = uitvragen;
        this.antwoorden = antwoorden;
        this.gebeurtenissen = gebeurtenissen;
        this.lezer = lezer;
        this.toegang = toegang;
        this.clock = clock;
    }

    /** The logged-in respondent's own uitvraag for the year, if the round is open for their organisation. */
    @Transactional(readOnly = true)
    @RolesAllowed(Rechten.EIGEN_UITVRAAG)
    public Optional<UitvraagWeergave> mijnUitvraag(int jaar) {
        if (!(toegang.met(Rechten.EIGEN_UITVRAAG).scope() instanceof Scope.Organisatie eigen)) {
            throw Toegang.geweigerd();
        }
        return uitvragen.findByJaarEnOrganisatie(jaar, eigen.organisatieId()).map(u -> weergave(u.getId()));
    }

    @Transactional(readOnly = true)
    public UitvraagWeergave open(long uitvraagId) {
        return zoek(uitvraagId).orElseThrow(Toegang::geweigerd);
    }

    /**
     * The uitvraag, when it exists and the caller may read it; else empty. For checks that must answer no without
     * refusing: a refusal thrown out of this transactional service would mark the caller's transaction for rollback.
     */
    @Transactional(readOnly = true)
    public Optional<UitvraagWeergave> zoek(long uitvraagId) {
        return uitvragen.findVolledig(uitvraagId)
                .filter(uitvraag -> UitvraagToegang.magLezen(toegang.huidigeGebruiker(), uitvraag.getOrganisatie()))
                .map(this::weergave);
    }

    /**
     * Saves one answer the moment it is given; an empty answer removes it. Refused when the uitvraag was
     * submitted, with a message when the answer does not fit the question. A change is announced as
     * {@link AntwoordenGewijzigd} within this transaction.
     */
    @RolesAllowed(Rechten.EIGEN_UITVRAAG)
    public UitvraagWeergave beantwoord(long uitvraagId, String vraagSleutel, String waarde) {
        HuidigeGebruiker gebruiker = toegang.huidigeGebruiker();
        Uitvraag uitvraag = wijzigbaar(uitvraagId, gebruiker);
        UitvraagInhoud inhoud = lezer.van(uitvraag.getRonde().getDefinitie());
        Vraag vraag = inhoud.vraag(vraagSleutel)
                .orElseThrow(() -> new OngeldigeInvoer(Map.of(vraagSleutel, "Deze vraag bestaat niet in deze uitvraag.")));
        Optional<Antwoord> bestaand = antwoorden.findByUitvraagIdAndVraag(uitvraagId, vraagSleutel);
        String schoon = waarde == null ? "" : waarde.strip();
        Instant op = clock.instant();
        AntwoordenGewijzigd.Soort soort = null;
        if (schoon.isEmpty()) {
            if (bestaand.isPresent()) {
                antwoorden.delete(bestaand.get());
                soort = AntwoordenGewijzigd.Soort.GEWIST;
            }
        } else {
            vraag.controleer(schoon).ifPresent(fout -> {
                throw new OngeldigeInvoer(Map.of(vraagSleutel, fout));
            });
            String opgeslagen = vraag.opgeslagen(schoon);
            if (bestaand.isPresent()) {
                if (bestaand.get().wijzig(opgeslagen, gebruiker.gebruikersnaam(), op)) {
                    soort = AntwoordenGewijzigd.Soort.GEWIJZIGD;
                }
            } else {
                antwoorden.save(new Antwoord(uitvraag, vraagSleutel, opgeslagen, gebruiker.gebruikersnaam(), op));
                soort = AntwoordenGewijzigd.Soort.BEANTWOORD;
            }
        }
        uitvraag.gewijzigd();
        antwoorden.flush();
        if (soort != null) {
            publicatie.publishEvent(new AntwoordenGewijzigd(gebruiker.gebruikersnaam(), gebruiker.rol(), op,
                    List.of(new AntwoordenGewijzigd.Wijziging(uitvraagId, uitvraag.getRonde().getJaar(),
                            uitvraag.getOrganisatie().getNaam(), vraagSleutel, soort))));
        }
        vastlegging.werkBij(uitvraag.getRonde().getJaar(), uitvraag.getOrganisatie().getId());
        return weergave(uitvraagId);
    }

    /** Submits when every required question that applies has an answer; otherwise lists what is missing. */
    @RolesAllowed(Rechten.EIGEN_UITVRAAG)
    public UitvraagWeergave dienIn(long uitvraagId) {
        HuidigeGebruiker gebruiker = toegang.huidigeGebruiker();
        Uitvraag uitvraag = wijzigbaar(uitvraagId, gebruiker);
        UitvraagWeergave stand = weergave(uitvraagId);
        if (!stand.ontbrekend().isEmpty()) {
            throw new OnvolledigeUitvraag(stand.ontbrekend());
        }
        uitvraag.dienIn(gebruiker.gebruikersnaam(), clock.instant());
        legVast(uitvraag, new UitvraagGebeurtenis(uitvraag, UitvraagGebeurtenis.INGEDIEND, null,
                gebruiker.gebruikersnaam(), gebruiker.rol(), clock.instant()));
        uitvragen.flush();
        return weergave(uitvraagId);
    }

    /** Opens a submitted uitvraag again for changes; the reason is kept in its history. */
    @RolesAllowed(Rechten.BEOORDELEN)
    public UitvraagWeergave heropen(long uitvraagId, String reden) {
        HuidigeGebruiker gebruiker = toegang.huidigeGebruiker();
        Uitvraag uitvraag = uitvragen.findVoorWijziging(uitvraagId).orElseThrow(Toegang::geweigerd);
        if (!UitvraagToegang.magBeoordelen(gebruiker, uitvraag.getOrganisatie())) {
            throw Toegang.geweigerd();
        }
        String schoon = reden(reden).orElseThrow(() -> new OngeldigeInvoer(Map.of("reden", redenFout())));
        if (uitvraag.getStatus() != UitvraagStatus.INGEDIEND) {
            throw new OngeldigeInvoer(Map.of("status", "Alleen een ingediende uitvraag kan worden heropend."));
        }
        uitvraag.heropen();
        legVast(uitvraag, new UitvraagGebeurtenis(uitvraag, UitvraagGebeurtenis.HEROPEND, schoon,
                gebruiker.gebruikersnaam(), gebruiker.rol(), clock.instant()));
        uitvragen.flush();
        return weergave(uitvraagId);
    }

    /**
     * Gives one organisation until a later date to submit, e.g. when it joined late or asked for more time. The
     * new date must lie after today and after the current deadline; the reason is kept in the uitvraag's history.
     */
    @RolesAllowed(Rechten.BEOORDELEN)
    public UitvraagWeergave verlengDeadline(long uitvraagId, LocalDate nieuw, String reden) {
        HuidigeGebruiker gebruiker = toegang.huidigeGebruiker();
        Uitvraag uitvraag = uitvragen.findVoorWijziging(uitvraagId).orElseThrow(Toegang::geweigerd);
        if (!UitvraagToegang.magBeoordelen(gebruiker, uitvraag.getOrganisatie())) {
            throw Toegang.geweigerd();
        }
        if (uitvraag.getStatus() == UitvraagStatus.INGEDIEND) {
            throw new OngeldigeInvoer(Map.of("status", "Deze uitvraag is al ingediend; de uiterste datum telt niet meer."));
        }
        Map<String, String> fouten = new LinkedHashMap<>();
        LocalDate huidig = uitvraag.getDeadline();
        if (nieuw == null) {
            fouten.put("deadline", "Kies de nieuwe uiterste datum (dd-mm-jjjj).");
        } else if (!nieuw.isAfter(LocalDate.now(clock))) {
            fouten.put("deadline", "De nieuwe uiterste datum moet na vandaag liggen.");
        } else if (!nieuw.isAfter(huidig)) {
            fouten.put("deadline", "De nieuwe uiterste datum moet na de huidige liggen (" + Formaat.datum(huidig) + ").");
        }
        Optional<String> schoon = reden(reden);
        if (schoon.isEmpty()) {
            fouten.put("reden", redenFout());
        }
        if (!fouten.isEmpty()) {
            throw new OngeldigeInvoer(fouten);
        }
        uitvraag.verlengDeadline(nieuw);
        legVast(uitvraag, new UitvraagGebeurtenis(uitvraag, UitvraagGebeurtenis.DEADLINE_VERLENGD, schoon.get(),
                gebruiker.gebruikersnaam(), gebruiker.rol(), clock.instant()).metDeadline(nieuw));
        uitvragen.flush();
        return weergave(uitvraagId);
    }

    /** Keeps the step in the uitvraag's history and announces it as {@link UitvraagGebeurtenisVastgelegd}. */
    private void legVast(Uitvraag uitvraag, UitvraagGebeurtenis gebeurtenis) {
        gebeurtenissen.save(gebeurtenis);
        publicatie.publishEvent(new UitvraagGebeurtenisVastgelegd(uitvraag.getId(), uitvraag.getRonde().getJaar(),
                uitvraag.getOrganisatie().getNaam(), gebeurtenis.getSoort(), gebeurtenis.getReden(),
                gebeurtenis.getDeadline(), gebeurtenis.getDoor(), gebeurtenis.getDoorRol(), gebeurtenis.getOp()));
    }

    /** A reason as kept: stripped, not empty and not longer than {@link #MAX_REDEN}. */
    private static Optional<String> reden(String reden) {
        String schoon = reden == null ? "" : reden.strip();
        return schoon.isEmpty() || schoon.length() > MAX_REDEN ? Optional.empty() : Optional.of(schoon);
    }

    private static String redenFout() {
        return "Geef een reden van hoogstens " + MAX_REDEN + " tekens.";
    }

    private Uitvraag wijzigbaar(long uitvraagId, HuidigeGebruiker gebruiker) {
        Uitvraag uitvraag = uitvragen.findVoorWijziging(uitvraagId).orElseThrow(Toegang::geweigerd);
        if (!UitvraagToegang.magBeantwoorden(gebruiker, uitvraag.getOrganisatie())) {
            throw Toegang.geweigerd();
        }
        if (!uitvraag.getStatus().isBewerkbaar()) {
            throw new OngeldigeInvoer(Map.of("status",
                    "Deze uitvraag is ingediend en kan niet meer worden gewijzigd. Vraag de gemeente om hem te heropenen."));
        }
        return uitvraag;
    }

    private UitvraagWeergave weergave(long uitvraagId) {
        return weergave(uitvragen.findVolledig(uitvraagId).orElseThrow());
    }

    private UitvraagWeergave weergave(Uitvraag uitvraag) {
        Map<String, String> gegeven = new LinkedHashMap<>();
        antwoorden.findByUitvraagId(uitvraag.getId()).forEach(a -> gegeven.put(a.getVraag(), a.getWaarde()));
        Organisatie organisatie = uitvraag.getOrganisatie();
        UitvraagRonde ronde = uitvraag.getRonde();
        List<UitvraagGebeurtenis> bewaard = gebeurtenissen.findByUitvraagIdOrderByOpDesc(uitvraag.getId());
        Map<String, String> namen = personen.namen(bewaard.stream().map(UitvraagGebeurtenis::getDoor).toList());
        List<UitvraagWeergave.Gebeurtenis> historie = bewaard.stream()
                .map(g -> new UitvraagWeergave.Gebeurtenis(g.getSoort(), g.getReden(), g.getDoor(),
                        Personen.wie(namen.get(g.getDoor()), g.getDoor()), g.getOp(), g.getDeadline()))
                .toList();
        HuidigeGebruiker gebruiker = toegang.huidigeGebruiker();
        boolean bewerkbaar = uitvraag.getStatus().isBewerkbaar() && UitvraagToegang.magBeantwoorden(gebruiker, organisatie);
        return new UitvraagWeergave(uitvraag.getId(), organisatie.getId(), organisatie.getNaam(),
                organisatie.isWerktMetJeugd(), ronde.getJaar(), uitvraag.getStatus(), uitvraag.getDeadline(), ronde.getDeadline(),
                uitvraag.getIngediendOp(), lezer.van(ronde.getDefinitie()), gegeven, bewerkbaar,
                UitvraagToegang.magBeoordelen(gebruiker, organisatie), historie);
    }
}
