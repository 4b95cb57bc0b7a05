package nl.gezin1plan.monitor.uitnodiging;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/** The rules for a password chosen on the link page, with a Dutch message per field. */
final class Wachtwoordkeuze {

    static final int MINIMALE_LENGTE = 12;
    static final int MAXIMALE_LENGTE = 64;
    /** BCrypt reads no further than 72 bytes; a longer password would be cut off unseen. */
    private static final int MAXIMALE_BYTES = 72;

    private Wachtwoordkeuze() {
    }

    static Map<String, String> fouten(String wachtwoord, String herhaling) {
        Map<String, String> fouten = new LinkedHashMap<>();
        if (wachtwoord == null || wachtwoord.isEmpty()) {
            fouten.put("wachtwoord", "Kies een wachtwoord.");
        } else if (wachtwoord.codePointCount(0, wachtwoord.length()) < MINIMALE_LENGTE) {
            fouten.put("wachtwoord", "Kies een wachtwoord van minstens " + MINIMALE_LENGTE + " tekens.");
        } else if (wachtwoord.codePointCount(0, wachtwoord.length()) > MAXIMALE_LENGTE) {
            fouten.put("wachtwoord", "Kies een wachtwoord van hoogstens " + MAXIMALE_LENGTE + " tekens.");
        } else if (wachtwoord.getBytes(StandardCharsets.UTF_8).length > MAXIMALE_BYTES) {
            fouten.put("wachtwoord", "Dit wachtwoord is te lang voor de bijzondere tekens erin. Kies een korter.");
        } else if (wachtwoord.isBlank()) {
            fouten.put("wachtwoord", "Een wachtwoord van alleen spaties is niet veilig. Kies een ander.");
        }
        if (herhaling == null || herhaling.isEmpty()) {
            fouten.put("herhaling", "Typ het wachtwoord nog een keer.");
        } else if (!fouten.containsKey("wachtwoord") && !herhaling.equals(wachtwoord)) {
            fouten.put("herhaling", "De twee wachtwoorden zijn niet gelijk.");
        }
        return fouten;
    }
}
