package nl.gezin1plan.monitor.security;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;

/** Follows Spring Security's login outcomes: counts failures for {@link InlogBlokkade}, logs them, tells others. */
@Component
class InlogBewaking {

    private static final Logger LOG = LoggerFactory.getLogger(InlogBewaking.class);

    private final InlogBlokkade blokkade;
    private final ApplicationEventPublisher events;

    InlogBewaking(InlogBlokkade blokkade, ApplicationEventPublisher events) {
        this.blokkade = blokkade;
        this.events = events;
    }

    @EventListener
    void mislukt(AbstractAuthenticationFailureEvent event) {
        String naam = InlogBlokkade.sleutel(event.getAuthentication().getName());
        if (blokkade.isGeblokkeerd(naam)) {
            LOG.warn("Inlogpoging voor geblokkeerde gebruikersnaam '{}'", leesbaar(naam));
            events.publishEvent(new InlogMislukt(naam, true));
            return;
        }
        LOG.warn("Mislukte inlogpoging voor gebruikersnaam '{}'", leesbaar(naam));
        events.publishEvent(new InlogMislukt(naam, false));
        blokkade.mislukt(naam).ifPresent(tot -> {
            LOG.warn("Gebruikersnaam '{}' geblokkeerd tot {} na {} mislukte pogingen", leesbaar(naam), tot,
                    InlogBlokkade.MAXIMUM_MISLUKT);
            events.publishEvent(new GebruikersnaamGeblokkeerd(naam, tot));
        });
    }

    @EventListener
    void gelukt(AuthenticationSuccessEvent event) {
        blokkade.gelukt(event.getAuthentication().getName());
    }

    /** A user name is typed by anyone: no line breaks or other control characters in our log. */
    static String leesbaar(String naam) {
        return naam.replaceAll("\\p{Cntrl}", "?");
    }
}
