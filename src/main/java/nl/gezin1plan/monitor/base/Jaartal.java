package nl.gezin1plan.monitor.base;

import java.util.Map;

/** The years for which checklists and uitvraag rounds can be started. */
public final class Jaartal {

    public static final int EERSTE = 2000;
    public static final int LAATSTE = 2100;

    private Jaartal() {
    }

    /** Adds the message for {@code veld} to {@code fouten} when the year lies outside the range. */
    public static void controleer(int jaar, String veld, Map<String, String> fouten) {
        if (jaar < EERSTE || jaar > LAATSTE) {
            fouten.put(veld, "Kies een jaar tussen " + EERSTE + " en " + LAATSTE + ".");
        }
    }
}
