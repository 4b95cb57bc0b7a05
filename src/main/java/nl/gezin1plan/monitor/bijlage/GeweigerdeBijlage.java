package nl.gezin1plan.monitor.bijlage;

/** A file that is not stored, with the reason in Dutch for the person who offered it. */
public class GeweigerdeBijlage extends RuntimeException {

    GeweigerdeBijlage(String melding) {
        super(melding);
    }
}
