package nl.gezin1plan.monitor.base.ui;

import com.vaadin.flow.data.binder.Result;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads a date as typed in a date picker, dd-mm-jjjj, and says in Dutch why a date that does not exist is refused. */
final class DatumInvoer {

    static final String ONGELDIG = "Geen geldige datum; gebruik dd-mm-jjjj, bijvoorbeeld 15-09-2026.";
    private static final Pattern VORM = Pattern.compile("(\\d{1,2})[-/.](\\d{1,2})[-/.](\\d{4})");

    private DatumInvoer() {
    }

    static Result<LocalDate> lees(String invoer) {
        Matcher delen = VORM.matcher(invoer == null ? "" : invoer.strip());
        if (!delen.matches()) {
            return Result.error(ONGELDIG);
        }
        int dag = Integer.parseInt(delen.group(1));
        int maand = Integer.parseInt(delen.group(2));
        int jaar = Integer.parseInt(delen.group(3));
        if (maand < 1 || maand > 12) {
            return Result.error(invoer.strip() + " bestaat niet: een jaar heeft 12 maanden. Gebruik dd-mm-jjjj.");
        }
        YearMonth jaarMaand = YearMonth.of(jaar, maand);
        try {
            return Result.ok(jaarMaand.atDay(dag));
        } catch (DateTimeException e) {
            String maandNaam = Month.of(maand).getDisplayName(TextStyle.FULL, NederlandseTaal.NL);
            return Result.error(invoer.strip() + " bestaat niet: " + maandNaam + " " + jaar + " heeft "
                    + jaarMaand.lengthOfMonth() + " dagen.");
        }
    }
}
