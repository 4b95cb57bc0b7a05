package nl.gezin1plan.monitor.security;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Instant;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/** The current user's own session, which must outlive the ending of their other sessions when they change a password. */
@Component
public class EigenSessie {

    /** From now on this session counts as begun at {@code vanaf}, so that ending the sessions begun before leaves it. */
    public void behoudVanaf(Instant vanaf) {
        if (!(SecurityContextHolder.getContext().getAuthentication() instanceof UsernamePasswordAuthenticationToken huidig
                && huidig.getPrincipal() instanceof MonitorGebruiker gebruiker)) {
            return;
        }
        MonitorGebruiker vernieuwd = gebruiker.vanaf(vanaf);
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(vernieuwd, null,
                vernieuwd.getAuthorities()));
        SecurityContextHolder.setContext(context);
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes verzoek) {
            HttpServletRequest request = verzoek.getRequest();
            request.getSession().setAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY, context);
        }
    }
}
