package nl.gezin1plan.monitor.base.ui;

import com.vaadin.flow.component.html.Anchor;

/**
 * A plain link that downloads a file from the server ({@code export/...}): the browser fetches it with the session
 * like any other page, and the {@code download} attribute keeps the user on the page they were on.
 */
public final class Downloadlink {

    private Downloadlink() {
    }

    public static Anchor van(String adres, String tekst) {
        Anchor link = new Anchor(adres, tekst);
        link.getElement().setAttribute("download", true);
        link.addClassName("downloadlink");
        return link;
    }
}
