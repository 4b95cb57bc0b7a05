package nl.gezin1plan.monitor.account;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import nl.gezin1plan.monitor.audit.AuditService;
import nl.gezin1plan.monitor.audit.AuditSoort;
import nl.gezin1plan.monitor.base.OngeldigeInvoer;
import nl.gezin1plan.monitor.mail.EmailAdres;
import nl.gezin1plan.monitor.organisatie.Gebruiker;
import nl.gezin1plan.monitor.organisatie.GebruikerRepository;
import nl.gezin1plan.monitor.security.EigenSessie;
import nl.gezin1plan.monitor.security.Toegang;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** "Mijn account": every logged-in person changes their own password, name, e-mail address and weekly overview. */
@Service
@Transactional
@PreAuthorize("isAuthenticated()")
public class MijnAccountService {

    private static final int MAXIMALE_NAAM = 200;

    private final GebruikerRepository gebruikers;
    private final WachtwoordRegels regels;
    private final PasswordEncoder encoder;
    private final EigenSessie sessie;
    private final Toegang toegang;
    private final AuditService audit;
    private final Clock clock;

    MijnAccountService(GebruikerRepository gebruikers, WachtwoordRegels regels, PasswordEncoder encoder,
                       EigenSessie sessie, Toegang toegang, AuditService audit, Clock clock) {
        this.gebruikers = gebruikers;
        this.regels = regels;
        this.encoder = encoder;
        this.sessie = sessie;
        this.toegang = toegang;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public MijnAccount gegevens() {
        Gebruiker gebruiker = ik();
        return new MijnAccount(gebruiker.getGebruikersnaam(), gebruiker.getNaam(), gebruiker.getEmail(),
                gebruiker.isWeekoverzicht());
    }

    /** A new password, the current one required; the person's other sessions end, this one stays. */
    public void wijzigWachtwoord(String huidig, String nieuw, String herhaling) {
        Gebruiker gebruiker = ik();
        Map<String, String> fouten = new LinkedHashMap<>();
        if (huidig == null || !encoder.matches(huidig, gebruiker.getWachtwoordHash())) {
            fouten.put("huidig", "Dit is niet uw huidige wachtwoord.");
        }
        fouten.putAll(regels.fouten(nieuw, herhaling, gebruiker.getGebruikersnaam()));
        if (!fouten.isEmpty()) {
            throw new OngeldigeInvoer(fouten);
        }
        Instant nu = clock.instant();
        gebruiker.wijzigWachtwoord(encoder.encode(nieuw), nu);
        sessie.behoudVanaf(gebruiker.getSessiesGeldigVanaf());
        audit.legVast(AuditSoort.WACHTWOORD_GEWIJZIGD, "Eigen wachtwoord gewijzigd; andere sessies beëindigd");
    }

    /** The person's own name and e-mail address; the e-mail address is required, as reset links go there. */
    public void wijzigGegevens(String naam, String email) {
        String schoneNaam = naam == null ? "" : naam.strip();
        String schoneEmail = email == null ? "" : email.strip();
        Map<String, String> fouten = new LinkedHashMap<>();
        if (schoneNaam.isEmpty() || schoneNaam.length() > MAXIMALE_NAAM) {
            fouten.put("naam", "Vul uw naam in, hoogstens " + MAXIMALE_NAAM + " tekens.");
        }
        if (!EmailAdres.isGeldig(schoneEmail)) {
            fouten.put("email", "Vul een geldig e-mailadres in, bijvoorbeeld naam@gemeente.nl.");
        }
        if (!fouten.isEmpty()) {
            throw new OngeldigeInvoer(fouten);
        }
        Gebruiker gebruiker = ik();
        String voor = "naam " + gebruiker.getNaam() + ", e-mail " + Objects.requireNonNullElse(gebruiker.getEmail(), "(geen)");
        gebruiker.wijzigNaamEnEmail(schoneNaam, schoneEmail);
        String na = "naam " + schoneNaam + ", e-mail " + schoneEmail;
        if (!voor.equals(na)) {
            audit.legVast(AuditSoort.ACCOUNT_GEWIJZIGD, "Eigen gegevens gewijzigd: was " + voor + "; nu " + na);
        }
    }

    /** Switches the weekly e-mail of overdue actions and follow-ups on or off. */
    public void zetWeekoverzicht(boolean aan) {
        Gebruiker gebruiker = ik();
        if (gebruiker.isWeekoverzicht() != aan) {
            gebruiker.setWeekoverzicht(aan);
            audit.legVast(AuditSoort.ACCOUNT_GEWIJZIGD, "Weekoverzicht per e-mail " + (aan ? "aangezet" : "uitgezet"));
        }
    }

    private Gebruiker ik() {
        String gebruikersnaam = toegang.huidigeGebruiker().gebruikersnaam();
        return gebruikers.findByGebruikersnaam(gebruikersnaam).orElseThrow(Toegang::geweigerd);
    }
}
