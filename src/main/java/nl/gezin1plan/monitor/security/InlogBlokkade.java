package nl.gezin1plan.monitor.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Throttles guessing passwords: at most {@value #MAXIMUM_MISLUKT} passwords are checked for one user name within
 * {@link #VENSTER} unless one is right; after that the name is locked for {@link #BLOKKADE}. Each check is reserved
 * in the database before the password is looked at, so simultaneous attempts cannot slip past the count. Attempts
 * during the lock do not count and do not extend it, so nobody can keep a colleague locked out for longer than that.
 * Kept in the database, so a restart does not lift a lock. Known and unknown user names are treated alike.
 */
@Service
@Transactional
public class InlogBlokkade {

    static final int MAXIMUM_MISLUKT = 5;
    static final Duration VENSTER = Duration.ofMinutes(15);
    static final Duration BLOKKADE = Duration.ofMinutes(15);
    static final int MAXIMALE_LENGTE = 100;

    private final InlogpogingRepository pogingen;
    private final Toegang toegang;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    InlogBlokkade(InlogpogingRepository pogingen, Toegang toegang, ApplicationEventPublisher events, Clock clock) {
        this.pogingen = pogingen;
        this.toegang = toegang;
        this.events = events;
        this.clock = clock;
    }

    /** The user names locked now, with the end of each lock; for the beheerder. */
    @Transactional(readOnly = true)
    public Map<String, Instant> geblokkeerd() {
        toegang.met(Rechten.BEHEER);
        return pogingen.geblokkeerd(clock.instant()).stream()
                .collect(Collectors.toMap(Inlogpoging::getGebruikersnaam, Inlogpoging::getGeblokkeerdTot));
    }

    /** The beheerder lets a locked-out user in again before the lock runs out; this goes into the audit log. */
    public void hefOp(String gebruikersnaam) {
        HuidigeGebruiker beheerder = toegang.met(Rechten.BEHEER);
        if (pogingen.findVoorWijziging(sleutel(gebruikersnaam)).filter(p -> p.isGeblokkeerd(clock.instant())).isPresent()) {
            pogingen.deleteById(sleutel(gebruikersnaam));
            events.publishEvent(new BlokkadeOpgeheven(sleutel(gebruikersnaam), beheerder.gebruikersnaam()));
        }
    }

    @Transactional(readOnly = true)
    public boolean isGeblokkeerd(String gebruikersnaam) {
        return pogingen.findById(sleutel(gebruikersnaam)).map(p -> p.isGeblokkeerd(clock.instant())).orElse(false);
    }

    /**
     * Reserves one password check for the name before the password is looked at, in a transaction of its own that
     * is committed before the check. Empty while the name is locked; otherwise the reservation, which knows whether
     * it was the last check allowed (and so locked the name, unless its password turns out to be right).
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public Optional<Reservering> reserveer(String gebruikersnaam) {
        Instant nu = clock.instant();
        String sleutel = sleutel(gebruikersnaam);
        pogingen.verwijderVerlopen(nu.minus(VENSTER), nu);
        pogingen.maakAan(sleutel, nu);
        if (pogingen.reserveer(sleutel, nu, nu.minus(VENSTER), nu.plus(BLOKKADE), MAXIMUM_MISLUKT) == 0) {
            return Optional.empty();
        }
        return Optional.of(new Reservering(pogingen.findById(sleutel).map(Inlogpoging::getGeblokkeerdTot)));
    }

    /** A reserved password check; {@code blokkeertTot} is set when this check, if it fails, leaves the name locked. */
    public record Reservering(Optional<Instant> blokkeertTot) {
    }

    /** The right password: the count starts again and a lock set by this very check is lifted. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void gelukt(String gebruikersnaam) {
        pogingen.deleteById(sleutel(gebruikersnaam));
    }

    /** The person set a new password through a reset link: a lock from failed logins ends with it. */
    public void hefOpNaHerstel(String gebruikersnaam) {
        pogingen.deleteById(sleutel(gebruikersnaam));
    }

    /** User names longer than any real one are cut, so that a long guess cannot fail the bookkeeping. */
    static String sleutel(String gebruikersnaam) {
        String naam = gebruikersnaam == null ? "" : gebruikersnaam;
        return naam.length() > MAXIMALE_LENGTE ? naam.substring(0, MAXIMALE_LENGTE) : naam;
    }
}
