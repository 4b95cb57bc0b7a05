package nl.gezin1plan.monitor.security;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import java.time.Instant;

/** The failed logins of one user name in the current window, and until when that name is locked. */
@Entity
class Inlogpoging {

    @Id
    private String gebruikersnaam;

    private int mislukt;

    private Instant eersteMislukt;

    private Instant geblokkeerdTot;

    protected Inlogpoging() {
    }

    String getGebruikersnaam() {
        return gebruikersnaam;
    }

    Instant getGeblokkeerdTot() {
        return geblokkeerdTot;
    }

    boolean isGeblokkeerd(Instant nu) {
        return geblokkeerdTot != null && nu.isBefore(geblokkeerdTot);
    }
}
