package nl.gezin1plan.monitor.mail.ui;

import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A plain-text body with its http(s) addresses as links. Built from text nodes and anchors, never from markup, so that
 * nothing in the message can become HTML.
 */
class TekstMetLinks extends Div {

    private static final Pattern ADRES = Pattern.compile("https?://[^\\s<>\"'`]+", Pattern.CASE_INSENSITIVE);
    private static final String LEESTEKENS_AAN_HET_EIND = ".,;:!?)]}";

    TekstMetLinks(String tekst) {
        addClassName("mail-tekst");
        Matcher m = ADRES.matcher(tekst);
        int vanaf = 0;
        while (m.find()) {
            String adres = m.group();
            while (LEESTEKENS_AAN_HET_EIND.indexOf(adres.charAt(adres.length() - 1)) >= 0) {
                adres = adres.substring(0, adres.length() - 1);
            }
            add(new Text(tekst.substring(vanaf, m.start())));
            Anchor link = new Anchor(adres, adres, AnchorTarget.BLANK);
            link.getElement().setAttribute("rel", "noopener noreferrer");
            add(link);
            vanaf = m.start() + adres.length();
        }
        add(new Text(tekst.substring(vanaf)));
    }
}
