package nl.gezin1plan.monitor.security;

import org.hibernate.envers.RevisionListener;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** Stamps each revision with the logged-in user's name and role, or "systeem" for start-up jobs. */
public class RevisieListener implements RevisionListener {

    @Override
    public void newRevision(Object revisionEntity) {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        Revisie revisie = (Revisie) revisionEntity;
        revisie.setGebruikersnaam(authentication == null ? "systeem" : authentication.getName());
        if (authentication != null && authentication.getPrincipal() instanceof MonitorGebruiker gebruiker) {
            revisie.setRol(gebruiker.gebruiker().rol().name());
        }
    }
}
