package nl.gezin1plan.monitor.security;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import java.time.Instant;
import java.util.Optional;

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

    /** Counts a failure; returns the end of the lock when this failure was one too many. */
    Optional<Instant> mislukt(Instant nu) {
        if (mislukt == 0 || !nu.isBefore(eersteMislukt.plus(InlogBlokkade.VENSTER))) {
            mislukt = 0;
            eersteMislukt = nu;
        }
        mislukt++;
        if (mislukt < InlogBlokkade.MAXIMUM_MISLUKT) {
            return Optional.empty();
        }
        mislukt = 0;
        geblokkeerdTot = nu.plus(InlogBlokkade.BLOKKADE);
        return Optional.of(geblokkeerdTot);
    }
}
