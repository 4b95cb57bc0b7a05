package nl.gezin1plan.monitor.checklist;

import java.util.Map;

/** A change that was refused because of bad input; nothing was saved. */
public class OngeldigeWijziging extends RuntimeException {

    private final transient Map<String, String> fouten;

    public OngeldigeWijziging(Map<String, String> fouten) {
        super("Ongeldige invoer: " + fouten);
        this.fouten = Map.copyOf(fouten);
    }

    public Map<String, String> fouten() {
        return fouten;
    }
}
