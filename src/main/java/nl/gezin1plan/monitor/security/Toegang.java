package nl.gezin1plan.monitor.security;

import java.util.Optional;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/** Gives services the current user's scope; every service call works within it. */
@Component
public class Toegang {

    public HuidigeGebruiker huidigeGebruiker() {
        return ingelogd().orElseThrow(() -> new AccessDeniedException("Niet ingelogd"));
    }

    /** The current user when their role has the right ({@link Rechten}); anyone else is refused. */
    public HuidigeGebruiker met(String recht) {
        HuidigeGebruiker gebruiker = huidigeGebruiker();
        if (!gebruiker.mag(recht)) {
            throw geweigerd();
        }
        return gebruiker;
    }

    public Optional<HuidigeGebruiker> ingelogd() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof MonitorGebruiker gebruiker) {
            return Optional.of(gebruiker.gebruiker());
        }
        return Optional.empty();
    }

    public static AccessDeniedException geweigerd() {
        return new AccessDeniedException("U heeft geen toegang tot deze gegevens.");
    }
}
