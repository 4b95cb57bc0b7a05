package nl.gezin1plan.monitor.account;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * What a new password must be: at least {@value #MINIMALE_LENGTE} and at most {@value #MAXIMALE_LENGTE} characters (72 bytes), not one of the common passwords in
 * {@code account/veelgebruikte-wachtwoorden.txt}, not the user name, and typed the same twice.
 */
@Component
public class WachtwoordRegels {

    public static final int MINIMALE_LENGTE = 12;
    static final int MAXIMALE_LENGTE = 64;
    /** BCrypt reads no further than 72 bytes (and Spring's encoder refuses more); a longer one would be cut off. */
    private static final int MAXIMALE_BYTES = 72;
    private static final String LIJST = "/account/veelgebruikte-wachtwoorden.txt";

    private final Set<String> veelgebruikt = lees();

    /**
     * Field name ({@code wachtwoord}, {@code herhaling}) to a message; empty when the password may be used. The same
     * rules for every new password: a reset, Mijn account, and the one chosen on an invitation's link page.
     */
    public Map<String, String> fouten(String wachtwoord, String herhaling, String gebruikersnaam) {
        Map<String, String> fouten = new LinkedHashMap<>();
        String nieuw = wachtwoord == null ? "" : wachtwoord;
        String klein = nieuw.toLowerCase(Locale.ROOT);
        int lengte = nieuw.codePointCount(0, nieuw.length());
        if (nieuw.isEmpty()) {
            fouten.put("wachtwoord", "Kies een wachtwoord.");
        } else if (lengte < MINIMALE_LENGTE) {
            fouten.put("wachtwoord", "Kies een wachtwoord van minstens " + MINIMALE_LENGTE + " tekens.");
        } else if (lengte > MAXIMALE_LENGTE) {
            fouten.put("wachtwoord", "Kies een wachtwoord van hoogstens " + MAXIMALE_LENGTE + " tekens.");
        } else if (nieuw.getBytes(StandardCharsets.UTF_8).length > MAXIMALE_BYTES) {
            fouten.put("wachtwoord", "Dit wachtwoord is te lang voor de bijzondere tekens erin. Kies een korter.");
        } else if (nieuw.isBlank()) {
            fouten.put("wachtwoord", "Een wachtwoord van alleen spaties is niet veilig. Kies een ander.");
        } else if (klein.equals(gebruikersnaam.toLowerCase(Locale.ROOT))) {
            fouten.put("wachtwoord", "Uw wachtwoord mag niet gelijk zijn aan uw gebruikersnaam.");
        } else if (veelgebruikt.contains(klein)) {
            fouten.put("wachtwoord", "Dit wachtwoord wordt veel gebruikt en is daardoor makkelijk te raden. "
                    + "Kies een ander, bijvoorbeeld een zin van een paar woorden.");
        }
        if (herhaling == null || herhaling.isEmpty()) {
            fouten.put("herhaling", "Typ het wachtwoord nog een keer.");
        } else if (!fouten.containsKey("wachtwoord") && !nieuw.equals(herhaling)) {
            fouten.put("herhaling", "De twee wachtwoorden zijn niet gelijk. Typ hetzelfde wachtwoord twee keer.");
        }
        return fouten;
    }

    private static Set<String> lees() {
        try (InputStream in = WachtwoordRegels.class.getResourceAsStream(LIJST)) {
            if (in == null) {
                throw new IllegalStateException("Lijst van veelgebruikte wachtwoorden ontbreekt: " + LIJST);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().map(String::strip)
                    .filter(regel -> !regel.isEmpty() && !regel.startsWith("#"))
                    .map(regel -> regel.toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
