package nl.gezin1plan.monitor.security;

import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.VaadinServletResponse;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Component;

/**
 * Logs a person in from a Vaadin request after they proved who they are another way, e.g. by choosing a password
 * through the personal link in their invitation, and changes the scope of who is logged in. Both are kept in the HTTP
 * session, as a login form's would be.
 */
@Component
public class Aanmelding {

    private final UserDetailsService gebruikers;
    private final SecurityContextRepository opslag = new HttpSessionSecurityContextRepository();

    Aanmelding(UserDetailsService gebruikers) {
        this.gebruikers = gebruikers;
    }

    public void meldAan(String gebruikersnaam) {
        VaadinServletRequest verzoek = VaadinServletRequest.getCurrent();
        if (verzoek == null) {
            throw new IllegalStateException("Aanmelden kan alleen tijdens een verzoek aan de applicatie");
        }
        // A new session id, as after a form login, so that a session id known before this moment opens nothing.
        verzoek.getHttpServletRequest().changeSessionId();
        bewaar(gebruikers.loadUserByUsername(gebruikersnaam));
    }

    /**
     * The logged-in person from now on works in this scope, e.g. another organisation they serve; the caller checks
     * that they may. Outside a request (in a test) only the current thread's login changes.
     */
    public void wisselScope(HuidigeGebruiker gebruiker) {
        // The session keeps the moment it logged in, so that ending the person's sessions later still ends this one.
        Authentication huidig = SecurityContextHolder.getContext().getAuthentication();
        if (!(huidig != null && huidig.getPrincipal() instanceof MonitorGebruiker ingelogd)
                || !ingelogd.getUsername().equals(gebruiker.gebruikersnaam())) {
            throw new IllegalStateException("Alleen wie ingelogd is, wisselt van organisatie");
        }
        bewaar(new MonitorGebruiker(gebruiker, "", true, ingelogd.ingelogdOp()));
    }

    private void bewaar(UserDetails gebruiker) {
        SecurityContextHolderStrategy strategie = SecurityContextHolder.getContextHolderStrategy();
        SecurityContext context = strategie.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(gebruiker, null,
                gebruiker.getAuthorities()));
        strategie.setContext(context);
        VaadinServletRequest verzoek = VaadinServletRequest.getCurrent();
        if (verzoek != null) {
            opslag.saveContext(context, verzoek.getHttpServletRequest(),
                    VaadinServletResponse.getCurrent().getHttpServletResponse());
        }
    }
}
