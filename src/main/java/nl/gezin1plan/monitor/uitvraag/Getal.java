package nl.gezin1plan.monitor.uitvraag;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A number as Dutch people type it: "62,5", and "62.5" too. Stored with a dot ("62.5"), as answers always were.
 * At most two decimals, so "1.000" is refused rather than read as one.
 */
final class Getal {

    private static final Pattern VORM = Pattern.compile("\\d{1,9}([.,]\\d{1,2})?");

    private Getal() {
    }

    static Optional<BigDecimal> lees(String invoer) {
        String schoon = invoer.strip();
        if (!VORM.matcher(schoon).matches()) {
            return Optional.empty();
        }
        return Optional.of(new BigDecimal(schoon.replace(',', '.')).stripTrailingZeros());
    }

    /** The stored form of a valid number: "62,50" becomes "62.5", "035" becomes "35". */
    static String opgeslagen(BigDecimal getal) {
        return getal.toPlainString();
    }
}
