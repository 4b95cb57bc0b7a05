package nl.gezin1plan.monitor.account;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import nl.gezin1plan.monitor.audit.AuditService;
import nl.gezin1plan.monitor.audit.AuditSoort;
import nl.gezin1plan.monitor.base.LogTekst;
import nl.gezin1plan.monitor.base.ui.Formaat;
import nl.gezin1plan.monitor.mail.MailService;
import nl.gezin1plan.monitor.organisatie.Gebruiker;
import nl.gezin1plan.monitor.organisatie.GebruikerRepository;
import nl.gezin1plan.monitor.security.PersoonlijkeLink;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Handles "Wachtwoord vergeten?" requests in the background, each once, in a transaction of its own, also with two
 * instances. A request gets a link by e-mail only if it names an active account with an e-mail address, its client
 * address made at most {@code herstel-per-adres} requests in the hour before, and the account got fewer than
 * {@code herstel-per-account} links in the last hour. Every outcome goes into the audit log, never to the requester.
 */
@Component
class HerstelVerwerking {

    /** The hour the rate limits count over. */
    static final Duration VENSTER = Duration.ofHours(1);
    private static final Duration BEWAARTERMIJN = Duration.ofDays(30);
    private static final int PER_RONDE = 100;

    private final WachtwoordHerstelRepository verzoeken;
    private final GebruikerRepository gebruikers;
    private final EntityManager entityManager;
    private final MailService mail;
    private final AuditService audit;
    private final AccountInstellingen instellingen;
    private final TransactionTemplate transacties;
    private final Clock clock;

    HerstelVerwerking(WachtwoordHerstelRepository verzoeken, GebruikerRepository gebruikers,
                      EntityManager entityManager, MailService mail, AuditService audit,
                      AccountInstellingen instellingen, TransactionTemplate transacties, Clock clock) {
        this.verzoeken = verzoeken;
        this.gebruikers = gebruikers;
        this.entityManager = entityManager;
        this.mail = mail;
        this.audit = audit;
        this.instellingen = instellingen;
        this.transacties = transacties;
        this.clock = clock;
    }

    /**
     * Handles the waiting requests, at most {@value #PER_RONDE} per run, and forgets requests older than
     * {@link #BEWAARTERMIJN}; answers how many it handled.
     */
    @Scheduled(fixedDelayString = "${monitor.account.herstel-interval:5s}",
            initialDelayString = "${monitor.account.herstel-interval:5s}")
    int verwerkWachtende() {
        int verwerkt = 0;
        while (verwerkt < PER_RONDE && Boolean.TRUE.equals(transacties.execute(status ->
                verzoeken.claimVolgende().map(this::verwerk).isPresent()))) {
            verwerkt++;
        }
        if (verwerkt > 0) {
            transacties.executeWithoutResult(status -> verzoeken.verwijderOuderDan(clock.instant().minus(BEWAARTERMIJN)));
        }
        return verwerkt;
    }

    private WachtwoordHerstel verwerk(WachtwoordHerstel verzoek) {
        Instant nu = clock.instant();
        Optional<Gebruiker> gevonden = account(verzoek.getInvoer())
                .map(g -> entityManager.find(Gebruiker.class, g.getId(), LockModeType.PESSIMISTIC_WRITE));
        String weigering = weigering(verzoek, gevonden, nu);
        if (weigering != null) {
            verzoek.verwerktZonderLink(gevonden.orElse(null), nu);
            legVast(verzoek, gevonden, "geen e-mail verstuurd: " + weigering);
            return verzoek;
        }
        Gebruiker gebruiker = gevonden.orElseThrow();
        PersoonlijkeLink link = PersoonlijkeLink.nieuw();
        Instant geldigTot = nu.plus(instellingen.herstelGeldigheid());
        mail.plaats(gebruiker.getEmail(), "wachtwoord-herstel", Map.of("naam", gebruiker.getNaam(),
                "gebruikersnaam", gebruiker.getGebruikersnaam(), "code", link.code(),
                "geldigTot", Formaat.datumTijd(geldigTot)));
        verzoek.verwerktMetLink(gebruiker, link.hash(), nu, geldigTot);
        legVast(verzoek, gevonden, "herstellink verstuurd naar " + gebruiker.getEmail());
        return verzoek;
    }

    /** Why no link is sent, or null when one is. */
    private String weigering(WachtwoordHerstel verzoek, Optional<Gebruiker> gevonden, Instant nu) {
        if (verzoeken.eerdereVanAdres(verzoek.getAdres(), verzoek.getAangevraagd().minus(VENSTER), verzoek.getId())
                >= instellingen.herstelPerAdres()) {
            return "meer dan " + instellingen.herstelPerAdres() + " verzoeken van dit adres in een uur";
        }
        if (gevonden.isEmpty()) {
            return "geen account met deze gebruikersnaam of dit e-mailadres (of meer dan een met dit e-mailadres)";
        }
        Gebruiker gebruiker = gevonden.get();
        if (!gebruiker.isActief()) {
            return "account is gedeactiveerd";
        }
        if (gebruiker.getEmail() == null) {
            return "geen e-mailadres bekend";
        }
        // Handled, not retried: a request that can never be sent must not hold up the ones behind it.
        if (!MailService.isGeldigAdres(gebruiker.getEmail())) {
            return "e-mailadres ongeldig (" + gebruiker.getEmail() + ")";
        }
        if (verzoeken.linksVoor(gebruiker.getId(), nu.minus(VENSTER)) >= instellingen.herstelPerAccount()) {
            return "al " + instellingen.herstelPerAccount() + " herstellinks in het afgelopen uur";
        }
        return null;
    }

    /** The account a user name names, or else the one account with this e-mail address. */
    private Optional<Gebruiker> account(String invoer) {
        Optional<Gebruiker> opNaam = gebruikers.findByGebruikersnaam(invoer.toLowerCase(Locale.ROOT));
        if (opNaam.isPresent() || !invoer.contains("@")) {
            return opNaam;
        }
        List<Gebruiker> opEmail = gebruikers.findByEmailIgnoreCase(invoer);
        return opEmail.size() == 1 ? Optional.of(opEmail.getFirst()) : Optional.empty();
    }

    private void legVast(WachtwoordHerstel verzoek, Optional<Gebruiker> gebruiker, String uitkomst) {
        audit.legVast(AuditSoort.WACHTWOORD_HERSTEL,
                gebruiker.map(Gebruiker::getGebruikersnaam).orElse(LogTekst.veilig(verzoek.getInvoer())),
                gebruiker.map(Gebruiker::getRol).orElse(null),
                "Wachtwoord vergeten aangevraagd voor '" + LogTekst.veilig(verzoek.getInvoer()) + "' vanaf "
                        + LogTekst.veilig(verzoek.getAdres()) + "; " + uitkomst);
    }
}
