package nl.gezin1plan.monitor.security;

import nl.gezin1plan.monitor.organisatie.Gebruiker;
import nl.gezin1plan.monitor.organisatie.GebruikerRepository;
import nl.gezin1plan.monitor.organisatie.Rol;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * A new production database has no accounts. When the operator gives {@code monitor.beheerder.gebruikersnaam}
 * and {@code monitor.beheerder.wachtwoord} (e.g. as MONITOR_BEHEERDER_GEBRUIKERSNAAM and
 * MONITOR_BEHEERDER_WACHTWOORD) and no beheerder exists yet, that first beheerder is created.
 */
@Component
@Order(5)
class EersteBeheerder implements ApplicationRunner {

    private static final Logger LOG = LoggerFactory.getLogger(EersteBeheerder.class);
    static final int MINIMALE_LENGTE = 12;

    private final GebruikerRepository gebruikers;
    private final PasswordEncoder encoder;
    private final String gebruikersnaam;
    private final String wachtwoord;

    EersteBeheerder(GebruikerRepository gebruikers, PasswordEncoder encoder,
                    @Value("${monitor.beheerder.gebruikersnaam:}") String gebruikersnaam,
                    @Value("${monitor.beheerder.wachtwoord:}") String wachtwoord) {
        this.gebruikers = gebruikers;
        this.encoder = encoder;
        this.gebruikersnaam = Gebruiker.gebruikersnaam(gebruikersnaam.strip());
        this.wachtwoord = wachtwoord;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (gebruikersnaam.isBlank() || !gebruikers.findByRolAndActiefTrue(Rol.BEHEERDER).isEmpty()) {
            return;
        }
        if (wachtwoord.length() < MINIMALE_LENGTE) {
            LOG.error("Eerste beheerder niet aangemaakt: het wachtwoord moet minstens {} tekens hebben", MINIMALE_LENGTE);
            return;
        }
        gebruikers.save(Gebruiker.regionaal(gebruikersnaam, "Beheerder", encoder.encode(wachtwoord), Rol.BEHEERDER));
        LOG.info("Eerste beheerder '{}' aangemaakt", gebruikersnaam);
    }
}
