package nl.gezin1plan.monitor.uitvraag;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import nl.gezin1plan.monitor.base.ui.Formaat;

/**
 * A kept answer as a Dutch reader expects it: "62.5" as 62,5 and 2026-09-15 as 15-09-2026. Shared by the screens
 * and the reports, so an answer reads the same on both.
 */
public final class AntwoordTekst {

    private AntwoordTekst() {
    }

    public static String van(Vraag vraag, String opgeslagen) {
        if (opgeslagen == null) {
            return null;
        }
        return switch (vraag.type()) {
            case PERCENTAGE, GETAL -> opgeslagen.replace('.', ',');
            case DATUM -> datum(opgeslagen);
            default -> opgeslagen;
        };
    }

    private static String datum(String opgeslagen) {
        try {
            return Formaat.datum(LocalDate.parse(opgeslagen));
        } catch (DateTimeParseException e) {
            return opgeslagen;
        }
    }
}
