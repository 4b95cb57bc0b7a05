package nl.gezin1plan.monitor.jaarrapport;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A report's template under {@code jaarrapport/}: the body of the document, each {@code {{plek}}} of which gets the
 * escaped XHTML its report made for it. Every report has the same frame ({@code jaarrapport/rapport.html}: language
 * nl-NL, the title from {@code titel}, the subject from {@code onderwerp}) and style sheet
 * ({@code jaarrapport/rapport.css}), so what PDF/UA asks of the document is in one place.
 */
final class Sjabloon {

    private static final Pattern PLEK = Pattern.compile("\\{\\{(\\w+)}}");
    private static final String KADER = tekst("/jaarrapport/rapport.html");
    private static final String STIJL = tekst("/jaarrapport/rapport.css");

    private final String inhoud;

    Sjabloon(String pad) {
        this.inhoud = tekst(pad);
    }

    /** The whole document, its template's places filled; a place without a part is a mistake in the template. */
    String vul(Map<String, String> delen) {
        Map<String, String> kader = new HashMap<>(delen);
        kader.put("stijl", STIJL);
        kader.put("inhoud", vul(inhoud, delen));
        return vul(KADER, kader);
    }

    private static String vul(String sjabloon, Map<String, String> delen) {
        Matcher plek = PLEK.matcher(sjabloon);
        StringBuilder html = new StringBuilder();
        while (plek.find()) {
            String deel = delen.get(plek.group(1));
            if (deel == null) {
                throw new IllegalStateException("Onbekende plek in het sjabloon: " + plek.group());
            }
            plek.appendReplacement(html, Matcher.quoteReplacement(deel));
        }
        return plek.appendTail(html).toString();
    }

    private static String tekst(String pad) {
        return new String(lees(pad), StandardCharsets.UTF_8);
    }

    static byte[] lees(String pad) {
        try (InputStream in = Sjabloon.class.getResourceAsStream(pad)) {
            if (in == null) {
                throw new IllegalStateException("Bestand ontbreekt: " + pad);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
