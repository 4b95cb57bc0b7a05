package nl.gezin1plan.monitor.checklist;

import java.time.Instant;
import java.util.List;
import nl.gezin1plan.monitor.organisatie.Personen;

/** One saved change of a checklist item: who (user name and, if known, the person's name), when, and each field's change. */
public record ItemHistorie(Instant tijdstip, String gebruikersnaam, String naam, List<Veldwijziging> wijzigingen) {

    /** The person's name with their user name, as a reader recognises them. */
    public String wie() {
        return Personen.wie(naam, gebruikersnaam);
    }

    public record Veldwijziging(String veld, String oud, String nieuw) {
    }
}
