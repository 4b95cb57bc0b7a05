package nl.gezin1plan.monitor.bijlage;

import java.nio.charset.StandardCharsets;
import org.springframework.http.ContentDisposition;

/** A file name as the uploader's browser gave it, made safe to keep, to show and to send back in a header. */
final class Bestandsnaam {

    private static final int LANGSTE = 200;

    private Bestandsnaam() {
    }

    /** Without folders, control characters or quotes, at most 200 characters; "bijlage" when nothing is left. */
    static String veilig(String naam) {
        String kaal = naam == null ? "" : naam.substring(Math.max(naam.lastIndexOf('/'), naam.lastIndexOf('\\')) + 1);
        kaal = kaal.replaceAll("[\\p{Cntrl}\"]", "").strip();
        if (kaal.length() > LANGSTE) {
            int punt = kaal.lastIndexOf('.');
            String extensie = punt > 0 && kaal.length() - punt <= 10 ? kaal.substring(punt) : "";
            kaal = kaal.substring(0, LANGSTE - extensie.length()) + extensie;
        }
        return kaal.isEmpty() || kaal.matches("\\.+") ? "bijlage" : kaal;
    }

    /**
     * {@code attachment; filename="…"; filename*=UTF-8''…} (RFC 6266 with RFC 5987): the plain name with every non-ASCII
     * character replaced for old clients, the exact name encoded for the others.
     */
    static String alsBijlage(String naam) {
        String ascii = veilig(naam).replaceAll("[^\\x20-\\x7E]", "_").replace('\\', '_');
        String uitgebreid = ContentDisposition.attachment().filename(veilig(naam), StandardCharsets.UTF_8).build().toString();
        return "attachment; filename=\"" + ascii + "\"; " + uitgebreid.substring(uitgebreid.indexOf("filename*="));
    }
}
