package nl.gezin1plan.monitor.account;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import nl.gezin1plan.monitor.audit.AuditService;
import nl.gezin1plan.monitor.audit.AuditSoort;
import nl.gezin1plan.monitor.base.OngeldigeInvoer;
import nl.gezin1plan.monitor.organisatie.Gebruiker;
import nl.gezin1plan.monitor.security.InlogBlokkade;
import nl.gezin1plan.monitor.security.PersoonlijkeLink;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * "Wachtwoord vergeten?" for people who are not logged in. A request is only written down here, the same for every
 * input, so that neither the answer nor its timing tells whether an account exists; {@link HerstelVerwerking} then
 * decides in the background whether a link is sent. The link sets a new password once.
 */
@Service
@Transactional
@EnableConfigurationProperties(AccountInstellingen.class)
public class WachtwoordHerstelService {

    /** Beyond this many times the per-address limit within an hour, requests from an address are not recorded. */
    static final int VASTLEGGEN_PER_ADRES = 10;

    private final WachtwoordHerstelRepository verzoeken;
    private final WachtwoordRegels regels;
    private final PasswordEncoder encoder;
    private final InlogBlokkade blokkade;
    private final AuditService audit;
    private final AccountInstellingen instellingen;
    private final Clock clock;

    WachtwoordHerstelService(WachtwoordHerstelRepository verzoeken, WachtwoordRegels regels, PasswordEncoder encoder,
                             InlogBlokkade blokkade, AuditService audit, AccountInstellingen instellingen, Clock clock) {
        this.instellingen = instellingen;
        this.verzoeken = verzoeken;
        this.regels = regels;
        this.encoder = encoder;
        this.blokkade = blokkade;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Records a request for a reset link for this user name or e-mail address, typed from this client address. An
     * address far over its limit is not even recorded, so that nobody can fill the table or the audit log.
     */
    public void vraagAan(String gebruikersnaamOfEmail, String adres) {
        String invoer = gebruikersnaamOfEmail == null ? "" : gebruikersnaamOfEmail.strip();
        WachtwoordHerstel verzoek = new WachtwoordHerstel(invoer, adres == null ? "onbekend" : adres, clock.instant());
        if (verzoeken.vanAdresSinds(verzoek.getAdres(), verzoek.getAangevraagd().minus(HerstelVerwerking.VENSTER))
                < VASTLEGGEN_PER_ADRES * instellingen.herstelPerAdres()) {
            verzoeken.save(verzoek);
        }
    }

    /** Whether this code from a link can still set a password (forged, used, expired or replaced: not). */
    @Transactional(readOnly = true)
    public boolean isGeldig(String code) {
        return link(code, false).isPresent();
    }

    /**
     * Sets the new password through the link: the link is used up, the person's sessions everywhere end, and a lock
     * from failed logins is lifted. Refused with {@link OngeldigeInvoer} when the password breaks a rule, and with
     * the field {@code code} when the link no longer works.
     */
    public void herstel(String code, String wachtwoord, String herhaling) {
        WachtwoordHerstel herstel = link(code, true).orElseThrow(() -> new OngeldigeInvoer(Map.of("code",
                "Deze link werkt niet meer. Vraag een nieuwe aan.")));
        Gebruiker gebruiker = herstel.getGebruiker();
        Map<String, String> fouten = regels.fouten(wachtwoord, herhaling, gebruiker.getGebruikersnaam());
        if (!fouten.isEmpty()) {
            throw new OngeldigeInvoer(fouten);
        }
        Instant nu = clock.instant();
        herstel.gebruikt(nu);
        gebruiker.wijzigWachtwoord(encoder.encode(wachtwoord), nu);
        blokkade.hefOpNaHerstel(gebruiker.getGebruikersnaam());
        audit.legVast(AuditSoort.WACHTWOORD_GEWIJZIGD, gebruiker.getGebruikersnaam(), gebruiker.getRol(),
                "Wachtwoord opnieuw ingesteld met een herstellink; alle sessies beëindigd");
    }

    private Optional<WachtwoordHerstel> link(String code, boolean voorGebruik) {
        if (!PersoonlijkeLink.kanCodeZijn(code)) {
            return Optional.empty();
        }
        String hash = PersoonlijkeLink.hash(code);
        Instant nu = clock.instant();
        return (voorGebruik ? verzoeken.findVoorGebruik(hash) : verzoeken.findByCodeHash(hash))
                .filter(h -> h.isGeldig(nu, verzoeken.nieuwsteLink(h.getGebruiker().getId())));
    }
}
