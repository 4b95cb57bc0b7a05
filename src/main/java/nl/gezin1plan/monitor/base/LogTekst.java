package nl.gezin1plan.monitor.base;

import java.util.regex.Pattern;

/** Text that someone typed, made safe to put in a log line: it can neither start a new line nor hide what follows. */
public final class LogTekst {

    // Control characters (CR, LF, NEL U+0085 and the rest of C0 and C1), the line and paragraph separators
    // U+2028 and U+2029 that some log viewers break on, and the bidirectional overrides that reorder a line.
    private static final Pattern ONVEILIG = Pattern.compile("[\\p{Cc}\\p{Zl}\\p{Zp}\\u202A-\\u202E\\u2066-\\u2069]");

    private LogTekst() {
    }

    public static String veilig(String tekst) {
        return tekst == null ? null : ONVEILIG.matcher(tekst).replaceAll("?");
    }
}
