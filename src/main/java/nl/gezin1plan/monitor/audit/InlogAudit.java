package nl.gezin1plan.monitor.audit;

import nl.gezin1plan.monitor.base.ui.Formaat;
import nl.gezin1plan.monitor.organisatie.Rol;
import nl.gezin1plan.monitor.security.BlokkadeOpgeheven;
import nl.gezin1plan.monitor.security.GebruikersnaamGeblokkeerd;
import nl.gezin1plan.monitor.security.InlogMislukt;
import nl.gezin1plan.monitor.security.MonitorGebruiker;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;

/** Puts logins, failed logins and locks in the audit log. */
@Component
class InlogAudit {

    private final AuditService audit;

    InlogAudit(AuditService audit) {
        this.audit = audit;
    }

    @EventListener
    void ingelogd(AuthenticationSuccessEvent event) {
        if (event.getAuthentication().getPrincipal() instanceof MonitorGebruiker gebruiker) {
            audit.legVast(AuditSoort.LOGIN, gebruiker.getUsername(), gebruiker.gebruiker().rol(), "Ingelogd");
        }
    }

    @EventListener
    void mislukt(InlogMislukt event) {
        audit.legVast(AuditSoort.LOGIN_MISLUKT, event.gebruikersnaam(), null, event.geblokkeerd()
                ? "Inlogpoging terwijl de gebruikersnaam geblokkeerd is"
                : "Onjuist wachtwoord of onbekende gebruikersnaam");
    }

    @EventListener
    void geblokkeerd(GebruikersnaamGeblokkeerd event) {
        audit.legVast(AuditSoort.ACCOUNT_GEBLOKKEERD, event.gebruikersnaam(), null,
                "Geblokkeerd tot " + Formaat.datumTijd(event.tot()) + " na te veel mislukte inlogpogingen");
    }

    @EventListener
    void opgeheven(BlokkadeOpgeheven event) {
        audit.legVast(AuditSoort.BLOKKADE_OPGEHEVEN, event.door(), Rol.BEHEERDER,
                "Blokkade van gebruikersnaam '" + event.gebruikersnaam() + "' opgeheven");
    }
}
