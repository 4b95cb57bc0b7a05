package nl.gezin1plan.monitor.beheer;

import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import nl.gezin1plan.monitor.audit.AuditService;
import nl.gezin1plan.monitor.audit.AuditSoort;
import nl.gezin1plan.monitor.base.OngeldigeInvoer;
import nl.gezin1plan.monitor.organisatie.Afdeling;
import nl.gezin1plan.monitor.organisatie.AfdelingRepository;
import nl.gezin1plan.monitor.organisatie.Gebruiker;
import nl.gezin1plan.monitor.organisatie.GebruikerRepository;
import nl.gezin1plan.monitor.organisatie.Gemeente;
import nl.gezin1plan.monitor.organisatie.GemeenteRepository;
import nl.gezin1plan.monitor.organisatie.OrganisatieRepository;
import nl.gezin1plan.monitor.organisatie.RegioRepository;
import nl.gezin1plan.monitor.organisatie.Rol;
import nl.gezin1plan.monitor.security.HuidigeGebruiker;
import nl.gezin1plan.monitor.security.InlogBlokkade;
import nl.gezin1plan.monitor.security.PersoonlijkeLink;
import nl.gezin1plan.monitor.security.Rechten;
import nl.gezin1plan.monitor.security.Toegang;
import nl.gezin1plan.monitor.uitnodiging.UitnodigingBeheerService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The beheerder's use cases: gemeenten, afdelingen and the people who hold a role in them. */
@Service
@Transactional
@RolesAllowed(Rechten.BEHEER)
public class StructuurBeheerService {

    private static final int MAX_NAAM = 200;

    private final RegioRepository regios;
    private final GemeenteRepository gemeenten;
    private final AfdelingRepository afdelingen;
    private final OrganisatieRepository organisaties;
    private final GebruikerRepository gebruikers;
    private final PasswordEncoder encoder;
    private final InlogBlokkade blokkade;
    private final UitnodigingBeheerService uitnodigingen;
    private final Toegang toegang;
    private final AuditService audit;
    private final Clock clock;

    StructuurBeheerService(RegioRepository regios, GemeenteRepository gemeenten, AfdelingRepository afdelingen,
                           OrganisatieRepository organisaties, GebruikerRepository gebruikers,
                           PasswordEncoder encoder, InlogBlokkade blokkade, UitnodigingBeheerService uitnodigingen,
                           Toegang toegang, AuditService audit, Clock clock) {
        this.uitnodigingen = uitnodigingen;
        this.clock = clock;
        this.blokkade = blokkade;
        this.audit = audit;
        this.regios = regios;
        this.gemeenten = gemeenten;
        this.afdelingen = afdelingen;
        this.organisaties = organisaties;
        this.gebruikers = gebruikers;
        this.encoder = encoder;
        this.toegang = toegang;
    }

    @Transactional(readOnly = true)
    public StructuurOverzicht overzicht() {
        toegang.met(Rechten.BEHEER);
        Map<Long, List<StructuurOverzicht.Keuze>> perGemeente = afdelingen.findAllByOrderByNaam().stream()
                .collect(Collectors.groupingBy(a -> a.getGemeente().getId(),
                        Collectors.mapping(a -> new StructuurOverzicht.Keuze(a.getId(), a.getNaam()), Collectors.toList())));
        List<StructuurOverzicht.GemeenteRegel> gemeenteRegels = gemeenten.findAllByOrderByNaam().stream()
                .map(g -> new StructuurOverzicht.GemeenteRegel(g.getId(), g.getNaam(),
                        perGemeente.getOrDefault(g.getId(), List.of())))
                .toList();
        List<StructuurOverzicht.Keuze> organisatieKeuzes = organisaties.findAll().stream()
                .map(o -> new StructuurOverzicht.Keuze(o.getId(), o.getNaam()))
                .sorted(java.util.Comparator.comparing(StructuurOverzicht.Keuze::naam)).toList();
        Map<String, java.time.Instant> geblokkeerd = blokkade.geblokkeerd();
        List<StructuurOverzicht.GebruikerRegel> gebruikerRegels = gebruikers.alleMetScope().stream()
                .map(g -> new StructuurOverzicht.GebruikerRegel(g.getGebruikersnaam(), g.getNaam(), g.getRol(),
                        scope(g), g.isActief(), geblokkeerd.get(g.getGebruikersnaam()), g.getEmail(),
                        g.getGemeente() == null ? null : g.getGemeente().getId(),
                        g.getAfdeling() == null ? null : g.getAfdeling().getId(),
                        g.getOrganisatie() == null ? null : g.getOrganisatie().getId()))
                .toList();
        return new StructuurOverzicht(gemeenteRegels, organisatieKeuzes, gebruikerRegels);
    }

    /** Lets a user who locked themselves out by failed logins in again, before the lock runs out. */
    public void hefBlokkadeOp(String gebruikersnaam) {
        blokkade.hefOp(gebruikersnaam);
    }

    public StructuurOverzicht.Keuze voegGemeenteToe(String naam) {
        toegang.met(Rechten.BEHEER);
        String schoon = controleerNaam(naam);
        if (gemeenten.findAllByOrderByNaam().stream().anyMatch(g -> g.getNaam().equalsIgnoreCase(schoon))) {
            throw new OngeldigeInvoer(Map.of("naam", "Er is al een gemeente met deze naam."));
        }
        Gemeente gemeente = gemeenten.save(new Gemeente(regios.findAll().getFirst(), schoon));
        return new StructuurOverzicht.Keuze(gemeente.getId(), gemeente.getNaam());
    }

    public StructuurOverzicht.Keuze voegAfdelingToe(long gemeenteId, String naam) {
        toegang.met(Rechten.BEHEER);
        String schoon = controleerNaam(naam);
        Gemeente gemeente = gemeenten.findById(gemeenteId)
                .orElseThrow(() -> new OngeldigeInvoer(Map.of("gemeente", "Kies een bestaande gemeente.")));
        if (afdelingen.findByGemeenteIdOrderByNaam(gemeenteId).stream().anyMatch(a -> a.getNaam().equalsIgnoreCase(schoon))) {
            throw new OngeldigeInvoer(Map.of("naam", "Deze gemeente heeft al een afdeling met deze naam."));
        }
        Afdeling afdeling = afdelingen.save(new Afdeling(gemeente, schoon));
        return new StructuurOverzicht.Keuze(afdeling.getId(), afdeling.getNaam());
    }

    /** Adds a person with a first password, or without one and an invitation by e-mail to choose it themselves. */
    public void voegGebruikerToe(NieuweGebruiker nieuw) {
        toegang.met(Rechten.BEHEER);
        Map<String, String> fouten = new java.util.LinkedHashMap<>(nieuw.fouten());
        if (!fouten.containsKey("gebruikersnaam") && gebruikers.existsByGebruikersnaam(nieuw.gebruikersnaam())) {
            fouten.put("gebruikersnaam", "Deze gebruikersnaam is al in gebruik.");
        }
        if (!fouten.isEmpty()) {
            throw new OngeldigeInvoer(fouten);
        }
        // Invited: a password nobody knows, until the person chooses one by the link in their invitation.
        String hash = encoder.encode(nieuw.uitnodigen() ? PersoonlijkeLink.nieuw().code() : nieuw.wachtwoord());
        Gebruiker gebruiker = switch (nieuw.rol().eenheid()) {
            case REGIO -> Gebruiker.regionaal(nieuw.gebruikersnaam(), nieuw.naam(), hash, nieuw.rol());
            case GEMEENTE -> Gebruiker.inGemeente(nieuw.gebruikersnaam(), nieuw.naam(), hash, nieuw.rol(),
                    gemeenten.findById(nieuw.gemeenteId()).orElseThrow(() -> onbekend("gemeente")));
            case AFDELING -> Gebruiker.inAfdeling(nieuw.gebruikersnaam(), nieuw.naam(), hash, nieuw.rol(),
                    afdelingen.findById(nieuw.afdelingId()).orElseThrow(() -> onbekend("afdeling")));
            case ORGANISATIE -> Gebruiker.inOrganisatie(nieuw.gebruikersnaam(), nieuw.naam(), hash, nieuw.rol(),
                    organisaties.findById(nieuw.organisatieId()).orElseThrow(() -> onbekend("organisatie")));
        };
        gebruiker.setEmail(nieuw.email());
        gebruikers.save(gebruiker);
        audit.legVast(AuditSoort.BEHEER, "Gebruiker '" + nieuw.gebruikersnaam() + "' (" + nieuw.naam() + ") toegevoegd als "
                + beschrijving(gebruiker) + (nieuw.uitnodigen() ? "; uitgenodigd per e-mail om een wachtwoord te kiezen" : ""));
        if (nieuw.uitnodigen()) {
            uitnodigingen.nodigAccountUit(gebruiker);
        }
    }

    /** Changes a person's name, e-mail address, role or scope; kept in the audit log with what changed. */
    public void wijzigGebruiker(String gebruikersnaam, GebruikerGegevens gegevens) {
        HuidigeGebruiker beheerder = toegang.met(Rechten.BEHEER);
        Gebruiker gebruiker = gebruikers.findByGebruikersnaam(gebruikersnaam)
                .orElseThrow(() -> new OngeldigeInvoer(Map.of("gebruikersnaam", "Deze gebruiker bestaat niet.")));
        Map<String, String> fouten = new java.util.LinkedHashMap<>(gegevens.fouten());
        if (beheerder.gebruikersnaam().equals(gebruikersnaam) && !houdtBeheer(gegevens.rol())) {
            fouten.put("rol", "U kunt uw eigen rol als beheerder niet wijzigen; vraag een andere beheerder.");
        }
        if (!fouten.isEmpty()) {
            throw new OngeldigeInvoer(fouten);
        }
        String voor = beschrijving(gebruiker) + ", naam " + gebruiker.getNaam() + ", e-mail " + leeg(gebruiker.getEmail());
        gebruiker.wijzig(gegevens.naam(), gegevens.email(), gegevens.rol(),
                gegevens.rol().eenheid() == Rol.Eenheid.GEMEENTE ? gemeenten.findById(gegevens.gemeenteId()).orElseThrow(() -> onbekend("gemeente")) : null,
                gegevens.rol().eenheid() == Rol.Eenheid.AFDELING ? afdelingen.findById(gegevens.afdelingId()).orElseThrow(() -> onbekend("afdeling")) : null,
                gegevens.rol().eenheid() == Rol.Eenheid.ORGANISATIE ? organisaties.findById(gegevens.organisatieId()).orElseThrow(() -> onbekend("organisatie")) : null);
        gebruikers.flush();
        String na = beschrijving(gebruiker) + ", naam " + gebruiker.getNaam() + ", e-mail " + leeg(gebruiker.getEmail());
        if (!voor.equals(na)) {
            audit.legVast(AuditSoort.BEHEER, "Gebruiker '" + gebruikersnaam + "' gewijzigd: was " + voor + "; nu " + na);
        }
    }

    /**
     * An inactive person cannot log in, and their open sessions end on their next request; never deleted, so every
     * history keeps their name.
     */
    public void zetActief(String gebruikersnaam, boolean actief) {
        HuidigeGebruiker beheerder = toegang.met(Rechten.BEHEER);
        if (!actief && beheerder.gebruikersnaam().equals(gebruikersnaam)) {
            throw new OngeldigeInvoer(Map.of("actief", "U kunt uzelf niet deactiveren; vraag een andere beheerder."));
        }
        Gebruiker gebruiker = gebruikers.findByGebruikersnaam(gebruikersnaam)
                .orElseThrow(() -> new OngeldigeInvoer(Map.of("gebruikersnaam", "Deze gebruiker bestaat niet.")));
        if (gebruiker.isActief() != actief) {
            gebruiker.zetActief(actief);
            if (!actief) {
                gebruiker.beeindigSessies(clock.instant());
            }
            audit.legVast(AuditSoort.BEHEER, "Gebruiker '" + gebruikersnaam + "' (" + gebruiker.getNaam() + ") "
                    + (actief ? "weer geactiveerd" : "gedeactiveerd; open sessies beëindigd"));
        }
    }

    /** Whether the role keeps the right to beheer: nobody can take it away from themselves and lock the region out. */
    private static boolean houdtBeheer(Rol rol) {
        return rol != null && Rechten.van(rol).contains(Rechten.BEHEER);
    }

    private static String beschrijving(Gebruiker gebruiker) {
        return gebruiker.getRol().label() + " (" + scope(gebruiker) + ")";
    }

    private static String leeg(String tekst) {
        return tekst == null ? "(geen)" : tekst;
    }

    private static OngeldigeInvoer onbekend(String veld) {
        return new OngeldigeInvoer(Map.of(veld, "Kies een bestaande " + veld + "."));
    }

    private static String controleerNaam(String naam) {
        String schoon = naam == null ? "" : naam.strip();
        if (schoon.isEmpty() || schoon.length() > MAX_NAAM) {
            throw new OngeldigeInvoer(Map.of("naam", "Vul een naam in van hoogstens " + MAX_NAAM + " tekens."));
        }
        return schoon;
    }

    private static String scope(Gebruiker gebruiker) {
        return switch (gebruiker.getRol().eenheid()) {
            case REGIO -> "Regio";
            case GEMEENTE -> gebruiker.getGemeente().getNaam();
            case AFDELING -> gebruiker.getAfdeling().getNaam() + " (" + gebruiker.getAfdeling().getGemeente().getNaam() + ")";
            case ORGANISATIE -> gebruiker.getOrganisatie().getNaam();
        };
    }
}
