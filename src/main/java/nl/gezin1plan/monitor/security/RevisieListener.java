package nl.gezin1plan.monitor.security;

import org.hibernate.envers.RevisionListener;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** Stamps each revision with the logged-in user's name, or "systeem" for start-up jobs. */
public class RevisieListener implements RevisionListener {

    @Override
    public void newRevision(Object revisionEntity) {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        ((Revisie) revisionEntity).setGebruikersnaam(
                authentication == null ? "systeem" : authentication.getName());
    }
}
