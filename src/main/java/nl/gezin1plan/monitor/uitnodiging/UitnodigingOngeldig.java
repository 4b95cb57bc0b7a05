package nl.gezin1plan.monitor.uitnodiging;

/** A personal link that can no longer lead to an account: expired, used, replaced, or never issued. */
public class UitnodigingOngeldig extends RuntimeException {

    private final UitnodigingStatus status;

    UitnodigingOngeldig(UitnodigingStatus status) {
        super("Uitnodiging niet bruikbaar: " + status);
        this.status = status;
    }

    public UitnodigingStatus status() {
        return status;
    }
}
