package nl.gezin1plan.monitor.security;

import java.time.Clock;
import nl.gezin1plan.monitor.organisatie.Gebruiker;
import nl.gezin1plan.monitor.organisatie.GebruikerRepository;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class MonitorUserDetailsService implements UserDetailsService {

    private final GebruikerRepository gebruikers;
    private final Clock clock;

    MonitorUserDetailsService(GebruikerRepository gebruikers, Clock clock) {
        this.gebruikers = gebruikers;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String gebruikersnaam) {
        Gebruiker gebruiker = gebruikers.findByGebruikersnaam(gebruikersnaam)
                .orElseThrow(() -> new UsernameNotFoundException("Onbekende gebruiker"));
        return new MonitorGebruiker(scopeVan(gebruiker), gebruiker.getWachtwoordHash(), gebruiker.isActief(),
                clock.instant());
    }

    static HuidigeGebruiker scopeVan(Gebruiker gebruiker) {
        return new HuidigeGebruiker(gebruiker.getGebruikersnaam(), gebruiker.getNaam(), gebruiker.getRol(),
                gebruiker.getGemeente() == null ? null : gebruiker.getGemeente().getId(),
                gebruiker.getAfdeling() == null ? null : gebruiker.getAfdeling().getId(),
                gebruiker.getOrganisatie() == null ? null : gebruiker.getOrganisatie().getId());
    }
}
