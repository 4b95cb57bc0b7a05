package nl.gezin1plan.monitor.base;

import java.util.Map;

/** Input that was refused, with a message per field; nothing was saved. */
public class OngeldigeInvoer extends RuntimeException {

    private final transient Map<String, String> fouten;

    public OngeldigeInvoer(Map<String, String> fouten) {
        super("Ongeldige invoer: " + fouten);
        this.fouten = Map.copyOf(fouten);
    }

    public Map<String, String> fouten() {
        return fouten;
    }
}
