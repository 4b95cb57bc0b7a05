package nl.gezin1plan.monitor.base;

import java.util.Locale;

/**
 * A LIKE pattern that finds the typed text anywhere, in lower case, with {@code %}, {@code _} and the escape
 * character itself taken literally. The query must say {@code escape '\'}.
 */
public final class Zoekpatroon {

    private Zoekpatroon() {
    }

    /** The pattern for "contains this text", or null when nothing was typed. */
    public static String bevat(String tekst) {
        if (tekst == null || tekst.isBlank()) {
            return null;
        }
        String letterlijk = tekst.strip().toLowerCase(Locale.ROOT)
                .replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
        return "%" + letterlijk + "%";
    }
}
