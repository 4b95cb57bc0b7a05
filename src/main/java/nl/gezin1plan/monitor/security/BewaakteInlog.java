package nl.gezin1plan.monitor.security;

import java.util.Optional;
import nl.gezin1plan.monitor.base.LogTekst;
import nl.gezin1plan.monitor.organisatie.Gebruiker;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.InternalAuthenticationServiceException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * The only way in with a user name and password. Before a password is checked, {@link InlogBlokkade} reserves that
 * check in the database; a locked name is refused without looking at the password, in the same time and with the same
 * answer as a wrong password or an unknown name. Failures are logged and published for the audit log.
 */
@Component
class BewaakteInlog implements AuthenticationProvider {

    private static final Logger LOG = LoggerFactory.getLogger(BewaakteInlog.class);

    private final DaoAuthenticationProvider wachtwoordControle;
    private final InlogBlokkade blokkade;
    private final PasswordEncoder encoder;
    private final ApplicationEventPublisher events;
    private volatile String onbekendeHash;

    BewaakteInlog(UserDetailsService gebruikers, PasswordEncoder encoder, InlogBlokkade blokkade,
                  ApplicationEventPublisher events) {
        this.wachtwoordControle = new DaoAuthenticationProvider(gebruikers);
        this.wachtwoordControle.setPasswordEncoder(encoder);
        this.encoder = encoder;
        this.blokkade = blokkade;
        this.events = events;
    }

    @Override
    public Authentication authenticate(Authentication ingetypt) {
        Authentication poging = zonderHoofdletters(ingetypt);
        String naam = InlogBlokkade.sleutel(poging.getName());
        Optional<InlogBlokkade.Reservering> reservering = reserveer(naam);
        if (reservering.isEmpty()) {
            kostDezelfdeTijd(poging);
            LOG.warn("Inlogpoging voor geblokkeerde gebruikersnaam '{}'", leesbaar(naam));
            events.publishEvent(new InlogMislukt(naam, true));
            throw new BadCredentialsException("Onjuiste gebruikersnaam of wachtwoord");
        }
        try {
            Authentication ingelogd = wachtwoordControle.authenticate(poging);
            blokkade.gelukt(naam);
            return ingelogd;
        } catch (AuthenticationException fout) {
            LOG.warn("Mislukte inlogpoging voor gebruikersnaam '{}'", leesbaar(naam));
            events.publishEvent(new InlogMislukt(naam, false));
            reservering.get().blokkeertTot().ifPresent(tot -> {
                LOG.warn("Gebruikersnaam '{}' geblokkeerd tot {} na {} mislukte pogingen", leesbaar(naam), tot,
                        InlogBlokkade.MAXIMUM_MISLUKT);
                events.publishEvent(new GebruikersnaamGeblokkeerd(naam, tot));
            });
            throw fout;
        }
    }

    /**
     * A user name with an @ is an e-mail address, and those are stored in lower case: {@code Anna.DeVries@…} is the
     * same person, with the same lock counter (else each way of writing it would get its own five guesses).
     */
    static Authentication zonderHoofdletters(Authentication poging) {
        String naam = poging.getName();
        String opgeslagen = Gebruiker.gebruikersnaam(naam);
        if (naam == null || naam.equals(opgeslagen)) {
            return poging;
        }
        UsernamePasswordAuthenticationToken klein = UsernamePasswordAuthenticationToken.unauthenticated(
                opgeslagen, poging.getCredentials());
        klein.setDetails(poging.getDetails());
        return klein;
    }

    /** Without the bookkeeping nobody gets in: a database that cannot count refuses the login. */
    private Optional<InlogBlokkade.Reservering> reserveer(String naam) {
        try {
            return blokkade.reserveer(naam);
        } catch (RuntimeException fout) {
            throw new InternalAuthenticationServiceException("Inlogpoging kon niet worden vastgelegd", fout);
        }
    }

    /** Spends a password check on nothing, as Spring Security does for an unknown name, so a lock cannot be timed. */
    private void kostDezelfdeTijd(Authentication poging) {
        if (onbekendeHash == null) {
            onbekendeHash = encoder.encode("onbekende-gebruiker");
        }
        encoder.matches(String.valueOf(poging.getCredentials()), onbekendeHash);
    }

    @Override
    public boolean supports(Class<?> soort) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(soort);
    }

    /** A user name is typed by anyone: no line breaks or other control characters in our log. */
    private static String leesbaar(String naam) {
        return LogTekst.veilig(naam);
    }
}
