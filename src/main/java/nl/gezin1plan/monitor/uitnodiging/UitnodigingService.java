package nl.gezin1plan.monitor.uitnodiging;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import nl.gezin1plan.monitor.account.WachtwoordRegels;
import nl.gezin1plan.monitor.audit.AuditService;
import nl.gezin1plan.monitor.audit.AuditSoort;
import nl.gezin1plan.monitor.base.OngeldigeInvoer;
import nl.gezin1plan.monitor.organisatie.Gebruiker;
import nl.gezin1plan.monitor.organisatie.GebruikerRepository;
import nl.gezin1plan.monitor.organisatie.Rol;
import nl.gezin1plan.monitor.security.HuidigeGebruiker;
import nl.gezin1plan.monitor.security.PersoonlijkeLink;
import nl.gezin1plan.monitor.security.Rechten;
import nl.gezin1plan.monitor.security.Toegang;
import nl.gezin1plan.monitor.uitvraag.UitvraagDeadline;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a person can do with the personal link in their invitation, without being logged in: see it, choose a
 * password (which makes their account), attach it to the account they have, or ask for a new link once it expired.
 */
@Service
@Transactional
public class UitnodigingService {

    private final UitnodigingRepository uitnodigingen;
    private final Uitnodigen uitnodigen;
    private final GebruikerRepository gebruikers;
    private final UitvraagDeadline deadlines;
    private final PasswordEncoder encoder;
    private final AuditService audit;
    private final Toegang toegang;
    private final OrganisatieKeuzeService keuzes;
    private final WachtwoordRegels regels;
    private final Clock clock;

    UitnodigingService(UitnodigingRepository uitnodigingen, Uitnodigen uitnodigen, GebruikerRepository gebruikers,
                       UitvraagDeadline deadlines, PasswordEncoder encoder, AuditService audit, Toegang toegang,
                       OrganisatieKeuzeService keuzes, WachtwoordRegels regels, Clock clock) {
        this.keuzes = keuzes;
        this.regels = regels;
        this.uitnodigingen = uitnodigingen;
        this.uitnodigen = uitnodigen;
        this.gebruikers = gebruikers;
        this.deadlines = deadlines;
        this.encoder = encoder;
        this.audit = audit;
        this.toegang = toegang;
        this.clock = clock;
    }

    /** The invitation behind a link, and its first opening noted; a forged or unknown code shows as ONBEKEND. */
    public UitnodigingWeergave bekijk(String code) {
        Optional<Uitnodiging> gevonden = zoek(code);
        if (gevonden.isEmpty()) {
            return UitnodigingWeergave.onbekend();
        }
        Uitnodiging uitnodiging = gevonden.get();
        Instant nu = clock.instant();
        uitnodiging.geopend(nu);
        if (uitnodiging.isVoorAccount()) {
            return uitnodiging.getGebruiker().isActief()
                    ? UitnodigingWeergave.voorAccount(uitnodiging.status(nu), uitnodiging) : UitnodigingWeergave.onbekend();
        }
        return new UitnodigingWeergave(uitnodiging.status(nu), uitnodiging.getNaam(), uitnodiging.getEmail(),
                uitnodiging.getOrganisatie().getNaam(), Uitnodigen.gemeenten(uitnodiging.getOrganisatie()),
                uitnodiging.getJaar(), deadlines.van(uitnodiging.getJaar(), uitnodiging.getOrganisatie().getId())
                .orElse(null), heeftAccount(uitnodiging.getEmail()), null, null);
    }

    /**
     * Makes the invited person's respondent account (user name: the e-mail address) with this password and uses up
     * the link; for an invitation to an account the beheerder made, sets that account's password instead. Refused
     * when the link is not valid, the passwords break the rules, or the address has an account.
     */
    public Acceptatie accepteer(String code, String wachtwoord, String herhaling) {
        Uitnodiging uitnodiging = geldigeVoorAcceptatie(code);
        if (uitnodiging.isVoorAccount()) {
            return kiesWachtwoord(uitnodiging, wachtwoord, herhaling);
        }
        Map<String, String> fouten = regels.fouten(wachtwoord, herhaling, uitnodiging.getEmail());
        if (!fouten.isEmpty()) {
            throw new OngeldigeInvoer(fouten);
        }
        String gebruikersnaam = uitnodiging.getEmail();
        if (heeftAccount(gebruikersnaam)) {
            throw new OngeldigeInvoer(Map.of("account", "Er is al een account met dit e-mailadres. Log in om de "
                    + "uitnodiging aan dat account te koppelen."));
        }
        Gebruiker gebruiker = Gebruiker.respondent(gebruikersnaam, uitnodiging.getNaam(), encoder.encode(wachtwoord),
                uitnodiging.getOrganisatie());
        gebruiker.setEmail(uitnodiging.getEmail());
        gebruikers.saveAndFlush(gebruiker);
        uitnodiging.geaccepteerd(clock.instant(), gebruikersnaam);
        audit.legVast(AuditSoort.UITNODIGING_GEACCEPTEERD, gebruikersnaam, Rol.ORGANISATIE, "Uitnodiging voor de "
                + "uitvraag " + uitnodiging.getJaar() + " van " + uitnodiging.getOrganisatie().getNaam()
                + " aangenomen; account aangemaakt");
        return new Acceptatie(gebruikersnaam, uitnodiging.getOrganisatie().getId(), uitnodiging.getJaar());
    }

    private Acceptatie kiesWachtwoord(Uitnodiging uitnodiging, String wachtwoord, String herhaling) {
        Gebruiker gebruiker = uitnodiging.getGebruiker();
        if (!gebruiker.isActief()) {
            throw new UitnodigingOngeldig(UitnodigingStatus.ONBEKEND);
        }
        Map<String, String> fouten = regels.fouten(wachtwoord, herhaling, gebruiker.getGebruikersnaam());
        if (!fouten.isEmpty()) {
            throw new OngeldigeInvoer(fouten);
        }
        Instant nu = clock.instant();
        gebruiker.wijzigWachtwoord(encoder.encode(wachtwoord), nu);
        uitnodiging.geaccepteerd(nu, gebruiker.getGebruikersnaam());
        audit.legVast(AuditSoort.UITNODIGING_GEACCEPTEERD, gebruiker.getGebruikersnaam(), gebruiker.getRol(),
                "Uitnodiging van de beheerder aangenomen; wachtwoord gekozen");
        return new Acceptatie(gebruiker.getGebruikersnaam(), null, null);
    }

    /**
     * Uses up the link for the logged-in respondent it was sent to (their user name or e-mail address is the
     * invitation's), who had an account already. An invitation of another organisation than their account's makes
     * them work for that one too: one account, several organisations. Returns the organisation and year to open.
     */
    public Acceptatie koppel(String code) {
        HuidigeGebruiker gebruiker = toegang.huidigeGebruiker();
        Uitnodiging uitnodiging = geldigeVoorAcceptatie(code);
        Gebruiker account = gebruikers.findByGebruikersnaam(gebruiker.gebruikersnaam()).orElseThrow(Toegang::geweigerd);
        if (!gebruiker.mag(Rechten.EIGEN_UITVRAAG) || uitnodiging.isVoorAccount() || !isVan(uitnodiging, account)) {
            throw Toegang.geweigerd();
        }
        keuzes.voegToe(account, uitnodiging.getOrganisatie());
        uitnodiging.geaccepteerd(clock.instant(), gebruiker.gebruikersnaam());
        audit.legVast(AuditSoort.UITNODIGING_GEACCEPTEERD, "Uitnodiging voor de uitvraag " + uitnodiging.getJaar()
                + " van " + uitnodiging.getOrganisatie().getNaam() + " aangenomen met het bestaande account");
        return new Acceptatie(gebruiker.gebruikersnaam(), uitnodiging.getOrganisatie().getId(), uitnodiging.getJaar());
    }

    /**
     * Sends a fresh link to the address of an expired one, which then stops counting as expired. Any other code does
     * nothing, and the caller learns nothing either way.
     */
    public void stuurNieuweLink(String code) {
        Optional<Uitnodiging> gevonden = zoek(code);
        Instant nu = clock.instant();
        if (gevonden.isEmpty() || gevonden.get().status(nu) != UitnodigingStatus.VERLOPEN) {
            return;
        }
        Uitnodiging oud = gevonden.get();
        if (oud.isVoorAccount()) {
            Gebruiker account = oud.getGebruiker();
            if (account.isActief() && account.getEmail() != null) {
                oud.vervangen(nu);
                uitnodigen.nodigAccountUit(account, oud.getEmail(), null);
            }
            return;
        }
        oud.vervangen(nu);
        uitnodigen.nodigUit(oud.getOrganisatie(), oud.getJaar(), oud.getNaam(), oud.getEmail(), oud.getEmail(), null);
    }

    /**
     * The user name to log in, and the organisation and year of the uitvraag to open; both null for an account the
     * beheerder made, whose person starts on the home page.
     */
    public record Acceptatie(String gebruikersnaam, Long organisatieId, Integer jaar) {

        /** Where the person goes once logged in, relative to the app: their uitvraag, or the home page. */
        public String bestemming() {
            return jaar == null ? "." : "uitvraag?jaar=" + jaar;
        }
    }

    private Uitnodiging geldigeVoorAcceptatie(String code) {
        if (!PersoonlijkeLink.kanCodeZijn(code)) {
            throw new UitnodigingOngeldig(UitnodigingStatus.ONBEKEND);
        }
        Uitnodiging uitnodiging = uitnodigingen.findVoorAcceptatie(PersoonlijkeLink.hash(code))
                .orElseThrow(() -> new UitnodigingOngeldig(UitnodigingStatus.ONBEKEND));
        UitnodigingStatus status = uitnodiging.status(clock.instant());
        if (status != UitnodigingStatus.GELDIG) {
            throw new UitnodigingOngeldig(status);
        }
        return uitnodiging;
    }

    private Optional<Uitnodiging> zoek(String code) {
        return PersoonlijkeLink.kanCodeZijn(code) ? uitnodigingen.findByCodeHash(PersoonlijkeLink.hash(code))
                : Optional.empty();
    }

    private static boolean isVan(Uitnodiging uitnodiging, Gebruiker account) {
        return uitnodiging.getEmail().equals(account.getGebruikersnaam())
                || uitnodiging.getEmail().equalsIgnoreCase(account.getEmail());
    }

    private boolean heeftAccount(String email) {
        return gebruikers.existsByGebruikersnaam(email) || gebruikers.existsByEmailIgnoreCase(email);
    }
}
