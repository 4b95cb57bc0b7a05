package nl.gezin1plan.monitor.security;

import java.time.Instant;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;

/**
 * Spring Security's view of a {@link nl.gezin1plan.monitor.organisatie.Gebruiker}: the rights of its role as
 * authorities ({@link Rechten}), its scope, and when the session began, which {@link SessieControle} compares with
 * the moment the person's sessions were last ended.
 */
public class MonitorGebruiker extends User {

    private final HuidigeGebruiker gebruiker;
    private final Instant ingelogdOp;

    public MonitorGebruiker(HuidigeGebruiker gebruiker, String wachtwoordHash, boolean actief, Instant ingelogdOp) {
        super(gebruiker.gebruikersnaam(), wachtwoordHash, actief, true, true, true,
                Rechten.van(gebruiker.rol()).stream().map(recht -> new SimpleGrantedAuthority("ROLE_" + recht)).toList());
        this.gebruiker = gebruiker;
        this.ingelogdOp = ingelogdOp;
    }

    public HuidigeGebruiker gebruiker() {
        return gebruiker;
    }

    public Instant ingelogdOp() {
        return ingelogdOp;
    }

    /** The same person in a session that counts as begun at {@code vanaf}: it outlives an ending of sessions then. */
    MonitorGebruiker vanaf(Instant vanaf) {
        return new MonitorGebruiker(gebruiker, "", true, vanaf);
    }
}
