package nl.gezin1plan.monitor.mail;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

/**
 * Renders the templates under {@code mail/}: {@code naam.txt} (first line "Onderwerp: …", a blank line, then the
 * text) and {@code naam.html}. A {@code {{key}}} is replaced by its value, HTML-escaped in the HTML part; a key
 * without a value is an error, so that no message goes out with a hole in it.
 */
@Component
class MailSjablonen {

    private static final Pattern PLAATSHOUDER = Pattern.compile("\\{\\{\\s*([A-Za-z][A-Za-z0-9_]*)\\s*}}");
    private static final Pattern NAAM = Pattern.compile("[a-z][a-z0-9-]*");
    private static final String ONDERWERP = "Onderwerp:";

    Bericht maak(String sjabloon, Map<String, ?> waarden) {
        if (!NAAM.matcher(sjabloon).matches()) {
            throw new IllegalArgumentException("Ongeldige sjabloonnaam: " + sjabloon);
        }
        String tekst = lees(sjabloon + ".txt");
        int einde = tekst.indexOf('\n');
        String eersteRegel = einde < 0 ? tekst : tekst.substring(0, einde);
        if (!eersteRegel.startsWith(ONDERWERP)) {
            throw new IllegalStateException("mail/" + sjabloon + ".txt begint niet met '" + ONDERWERP + "'");
        }
        String onderwerp = vul(eersteRegel.substring(ONDERWERP.length()).strip(), waarden, UnaryOperator.identity());
        return new Bericht(onderwerp.replaceAll("[\\r\\n]+", " "),
                vul(tekst.substring(einde + 1).stripLeading(), waarden, UnaryOperator.identity()),
                vul(lees(sjabloon + ".html"), waarden, MailSjablonen::html));
    }

    static String vul(String sjabloon, Map<String, ?> waarden, UnaryOperator<String> ontsnap) {
        Matcher m = PLAATSHOUDER.matcher(sjabloon);
        StringBuilder uit = new StringBuilder();
        while (m.find()) {
            Object waarde = waarden.get(m.group(1));
            if (waarde == null) {
                throw new IllegalArgumentException("Geen waarde voor {{" + m.group(1) + "}}");
            }
            m.appendReplacement(uit, Matcher.quoteReplacement(ontsnap.apply(String.valueOf(waarde))));
        }
        m.appendTail(uit);
        return uit.toString();
    }

    /** Escapes only what HTML needs ({@code < > & " '}); other characters stay as they are, in UTF-8. */
    static String html(String waarde) {
        return HtmlUtils.htmlEscape(waarde, "UTF-8");
    }

    private static String lees(String bestand) {
        try (InputStream in = MailSjablonen.class.getResourceAsStream("/mail/" + bestand)) {
            if (in == null) {
                throw new IllegalArgumentException("Geen mailsjabloon mail/" + bestand);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("\r\n", "\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
