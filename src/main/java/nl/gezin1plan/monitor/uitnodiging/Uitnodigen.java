package nl.gezin1plan.monitor.uitnodiging;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import nl.gezin1plan.monitor.audit.AuditService;
import nl.gezin1plan.monitor.audit.AuditSoort;
import nl.gezin1plan.monitor.base.ui.Formaat;
import nl.gezin1plan.monitor.mail.EmailAdres;
import nl.gezin1plan.monitor.mail.MailService;
import nl.gezin1plan.monitor.organisatie.Contactpersoon;
import nl.gezin1plan.monitor.organisatie.Gebruiker;
import nl.gezin1plan.monitor.organisatie.Gemeente;
import nl.gezin1plan.monitor.organisatie.Organisatie;
import nl.gezin1plan.monitor.organisatie.Rol;
import nl.gezin1plan.monitor.security.HuidigeGebruiker;
import nl.gezin1plan.monitor.security.PersoonlijkeLink;
import nl.gezin1plan.monitor.uitvraag.UitvraagDeadline;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Makes one invitation with a fresh personal link and places its e-mail in the outbox, in the caller's transaction. */
@Component
@EnableConfigurationProperties(UitnodigingInstellingen.class)
class Uitnodigen {

    static final String PAD = "uitnodiging/";
    private static final Logger LOG = LoggerFactory.getLogger(Uitnodigen.class);

    private final UitnodigingRepository uitnodigingen;
    private final MailService mail;
    private final UitvraagDeadline deadlines;
    private final AuditService audit;
    private final UitnodigingInstellingen instellingen;
    private final Clock clock;
    private final String basisUrl;

    Uitnodigen(UitnodigingRepository uitnodigingen, MailService mail, UitvraagDeadline deadlines, AuditService audit,
               UitnodigingInstellingen instellingen, Clock clock,
               @Value("${monitor.basis-url:http://localhost:8080}") String basisUrl) {
        this.uitnodigingen = uitnodigingen;
        this.mail = mail;
        this.deadlines = deadlines;
        this.audit = audit;
        this.instellingen = instellingen;
        this.clock = clock;
        this.basisUrl = basisUrl.endsWith("/") ? basisUrl : basisUrl + "/";
    }

    /**
     * Invites {@code naam} at {@code email} to the organisation's uitvraag of {@code jaar} for the round, on behalf of
     * {@code door} (a user name), who is recorded as the sender in the audit log with {@code rol}.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    Uitnodiging nodigUit(Organisatie organisatie, int jaar, String naam, String email, String door, Rol rol) {
        return nodigUit(UitnodigingSoort.RONDE, organisatie, jaar, naam, email, door, rol, "uitnodiging", Map.of());
    }

    /**
     * Invites a person the user {@code door} chose. A respondent's colleague ({@code collega}) reads which colleague
     * invites them; a contact person the gemeente added reads the gemeente's invitation.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    Uitnodiging nodigPersoonUit(Organisatie organisatie, int jaar, String naam, String email, HuidigeGebruiker door,
                                boolean collega) {
        return nodigUit(UitnodigingSoort.PERSOON, organisatie, jaar, naam, email, door.gebruikersnaam(), door.rol(),
                collega ? "uitnodiging-collega" : "uitnodiging", collega ? Map.of("uitnodiger", door.naam()) : Map.of());
    }

    private Uitnodiging nodigUit(UitnodigingSoort soort, Organisatie organisatie, int jaar, String naam, String email,
                                 String door, Rol rol, String sjabloon, Map<String, String> extra) {
        Instant nu = clock.instant();
        PersoonlijkeLink link = PersoonlijkeLink.nieuw();
        String adres = email.strip().toLowerCase(Locale.ROOT);
        Uitnodiging uitnodiging = uitnodigingen.save(new Uitnodiging(soort, jaar, organisatie, naam, adres,
                link.hash(), nu, door, nu.plus(instellingen.geldigheid())));
        String deadline = deadlines.van(jaar, organisatie.getId()).map(Formaat::datum).orElse("");
        Map<String, Object> waarden = new HashMap<>(extra);
        waarden.putAll(Map.of("naam", naam, "gemeenten", gemeenten(organisatie), "organisatie", organisatie.getNaam(),
                "jaar", jaar, "deadline", deadline, "link", basisUrl + PAD + link.code()));
        uitnodiging.verstuurdAls(mail.plaats(adres, sjabloon, waarden));
        audit.legVast(AuditSoort.UITNODIGING, door, rol, "Uitnodiging voor de uitvraag " + jaar + " van "
                + organisatie.getNaam() + " verstuurd aan " + naam + " <" + adres + ">");
        return uitnodiging;
    }

    /**
     * Invites the person of an account made without a password to choose one, at the account's e-mail address, on
     * behalf of {@code door} (a user name, with {@code rol} in the audit log).
     */
    @Transactional(propagation = Propagation.MANDATORY)
    Uitnodiging nodigAccountUit(Gebruiker gebruiker, String door, Rol rol) {
        Instant nu = clock.instant();
        PersoonlijkeLink link = PersoonlijkeLink.nieuw();
        String adres = gebruiker.getEmail().strip().toLowerCase(Locale.ROOT);
        Uitnodiging uitnodiging = uitnodigingen.save(Uitnodiging.voorAccount(gebruiker, adres, link.hash(), nu, door,
                nu.plus(instellingen.geldigheid())));
        uitnodiging.verstuurdAls(mail.plaats(adres, "uitnodiging-account", Map.of("naam", gebruiker.getNaam(),
                "gebruikersnaam", gebruiker.getGebruikersnaam(), "rol", gebruiker.getRol().label(),
                "link", basisUrl + PAD + link.code())));
        audit.legVast(AuditSoort.UITNODIGING, door, rol, "Uitnodiging om een wachtwoord te kiezen verstuurd aan "
                + gebruiker.getNaam() + " <" + adres + ">, gebruiker '" + gebruiker.getGebruikersnaam() + "'");
        return uitnodiging;
    }

    /**
     * Invites each contact person of the organisation with an e-mail address, once per address, except addresses in
     * {@code behalve}; returns the invitations made.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    List<Uitnodiging> nodigContactpersonenUit(Organisatie organisatie, int jaar, HuidigeGebruiker door,
                                              Set<String> behalve) {
        List<Uitnodiging> gemaakt = new ArrayList<>();
        perAdres(organisatie).forEach((adres, contact) -> {
            if (!behalve.contains(adres)) {
                gemaakt.add(nodigUit(organisatie, jaar, contact.getNaam(), adres, door.gebruikersnaam(), door.rol()));
            }
        });
        return gemaakt;
    }

    List<Uitnodiging> nodigContactpersonenUit(Organisatie organisatie, int jaar, HuidigeGebruiker door) {
        return nodigContactpersonenUit(organisatie, jaar, door, Set.of());
    }

    /** The first contact person for each address, lower-cased; an address the outbox cannot take is skipped. */
    private static Map<String, Contactpersoon> perAdres(Organisatie organisatie) {
        Map<String, Contactpersoon> perAdres = new LinkedHashMap<>();
        for (Contactpersoon contact : organisatie.getContactpersonen()) {
            if (contact.getEmail() == null || contact.getEmail().isBlank()) {
                continue;
            }
            if (!EmailAdres.isGeldig(contact.getEmail())) {
                LOG.warn("Contactpersoon van organisatie {} niet uitgenodigd: ongeldig e-mailadres", organisatie.getId());
                continue;
            }
            perAdres.putIfAbsent(contact.getEmail().strip().toLowerCase(Locale.ROOT), contact);
        }
        return perAdres;
    }

    /** "de gemeente Leiden", "de gemeenten Gouda, Katwijk en Leiden": who asks, as the e-mail names them. */
    static String gemeenten(Organisatie organisatie) {
        List<String> namen = organisatie.getGemeenten().stream().map(Gemeente::getNaam).sorted().toList();
        if (namen.isEmpty()) {
            return "de gemeenten";
        }
        if (namen.size() == 1) {
            return "de gemeente " + namen.getFirst();
        }
        return "de gemeenten " + String.join(", ", namen.subList(0, namen.size() - 1)) + " en " + namen.getLast();
    }
}
