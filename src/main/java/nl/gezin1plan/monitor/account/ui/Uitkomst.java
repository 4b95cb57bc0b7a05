package nl.gezin1plan.monitor.account.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;

/** What the anonymous account pages end with: a heading, a sentence screen readers announce, the way to log in. */
final class Uitkomst {

    private Uitkomst() {
    }

    static void toon(Main pagina, String titelSleutel, String tekstSleutel) {
        pagina.removeAll();
        Paragraph tekst = new Paragraph(pagina.getTranslation(tekstSleutel));
        tekst.getElement().setAttribute("role", "status");
        pagina.add(new H1(pagina.getTranslation(titelSleutel)), tekst, naarInloggen(pagina));
    }

    static Paragraph naarInloggen(Main pagina) {
        return new Paragraph(new Anchor("login", pagina.getTranslation("account.naar-inloggen")));
    }
}
