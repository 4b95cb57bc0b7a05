package nl.gezin1plan.monitor.rapportage;

import java.util.Map;

/** Trimming and length checks shared by the evaluation records. */
final class Teksten {

    static final int MAX = 4000;

    private Teksten() {
    }

    static String schoon(String waarde) {
        return waarde == null || waarde.isBlank() ? null : waarde.strip();
    }

    static void lang(Map<String, String> fouten, String veld, String waarde) {
        if (waarde != null && waarde.length() > MAX) {
            fouten.put(veld, "Maximaal " + MAX + " tekens; nu " + waarde.length() + ".");
        }
    }
}
