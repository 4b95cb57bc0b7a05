package nl.gezin1plan.monitor.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import nl.gezin1plan.monitor.base.LogTekst;
import nl.gezin1plan.monitor.organisatie.GebruikerRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.TransactionException;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Ends a logged-in session on its first request after the person's password was reset or changed elsewhere, or after
 * the beheerder deactivated them. The database says since when sessions are valid, so this holds on every instance
 * at once; a session that began earlier is invalidated and the request goes on as nobody (to the login page).
 */
class SessieControle extends OncePerRequestFilter {

    private static final Logger LOG = LoggerFactory.getLogger(SessieControle.class);

    private final GebruikerRepository gebruikers;

    SessieControle(GebruikerRepository gebruikers) {
        this.gebruikers = gebruikers;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication ingelogd = SecurityContextHolder.getContext().getAuthentication();
        if (ingelogd != null && ingelogd.getPrincipal() instanceof MonitorGebruiker gebruiker && !geldig(gebruiker)) {
            LOG.info("Sessie van '{}' beëindigd: begonnen voor het laatste wachtwoordherstel of de deactivering",
                    LogTekst.veilig(gebruiker.getUsername()));
            SecurityContextHolder.clearContext();
            HttpSession sessie = request.getSession(false);
            if (sessie != null) {
                sessie.invalidate();
            }
        }
        chain.doFilter(request, response);
    }

    /**
     * Whether the person may go on with this session. When the database cannot be reached the session passes: without
     * the database there is nothing to see or change, and the user then reads the application's own message about it.
     */
    private boolean geldig(MonitorGebruiker gebruiker) {
        try {
            return gebruikers.sessiestand(gebruiker.getUsername())
                    .map(stand -> stand.staatToe(gebruiker.ingelogdOp())).orElse(false);
        } catch (DataAccessException | TransactionException fout) {
            LOG.warn("Sessie van '{}' niet gecontroleerd: database niet bereikbaar ({})",
                    LogTekst.veilig(gebruiker.getUsername()), LogTekst.veilig(fout.toString()));
            return true;
        }
    }
}
