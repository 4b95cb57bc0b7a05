package nl.gezin1plan.monitor.security;

import java.util.List;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;

/** Spring Security's view of a {@link nl.gezin1plan.monitor.organisatie.Gebruiker}, carrying its scope. */
public class MonitorGebruiker extends User {

    private final HuidigeGebruiker gebruiker;

    public MonitorGebruiker(HuidigeGebruiker gebruiker, String wachtwoordHash, boolean actief) {
        super(gebruiker.gebruikersnaam(), wachtwoordHash, actief, true, true, true,
                List.of(new SimpleGrantedAuthority("ROLE_" + gebruiker.rol().name())));
        this.gebruiker = gebruiker;
    }

    public HuidigeGebruiker gebruiker() {
        return gebruiker;
    }
}
