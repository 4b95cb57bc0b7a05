package nl.gezin1plan.monitor.checklist;

import java.time.Instant;
import java.util.List;

/** One saved change of a checklist item: who, when, and each field's old and new value. */
public record ItemHistorie(Instant tijdstip, String gebruikersnaam, List<Veldwijziging> wijzigingen) {

    public record Veldwijziging(String veld, String oud, String nieuw) {
    }
}
