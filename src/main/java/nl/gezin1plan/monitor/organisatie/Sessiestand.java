package nl.gezin1plan.monitor.organisatie;

import java.time.Instant;

/** Whether a person may still use a session that began at a given moment. */
public record Sessiestand(boolean actief, Instant sessiesGeldigVanaf) {

    public boolean staatToe(Instant ingelogdOp) {
        return actief && (sessiesGeldigVanaf == null || !ingelogdOp.isBefore(sessiesGeldigVanaf));
    }
}
