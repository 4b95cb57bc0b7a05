package nl.gezin1plan.monitor.base.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/**
 * The toegankelijkheidsverklaring (accessibility statement) that Dutch government sites publish, open to everyone,
 * also before logging in. Its figures per page are in the README, written from the axe checks of the build.
 */
@Route(value = "toegankelijkheid", autoLayout = false)
@PageTitle("Toegankelijkheid | 1Gezin1Plan implementatiemonitor")
@AnonymousAllowed
public class ToegankelijkheidView extends Main {

    public ToegankelijkheidView() {
        addClassName("tekst-pagina");
        add(new H1(getTranslation("toegankelijkheid.titel")),
                new Paragraph(getTranslation("toegankelijkheid.doel")),
                new H2(getTranslation("toegankelijkheid.status.kop")),
                new Paragraph(getTranslation("toegankelijkheid.status")),
                new H2(getTranslation("toegankelijkheid.getest.kop")),
                lijst("toegankelijkheid.getest.", 5),
                new H2(getTranslation("toegankelijkheid.beperkingen.kop")),
                lijst("toegankelijkheid.beperking.", 2),
                new H2(getTranslation("toegankelijkheid.contact.kop")),
                new Paragraph(getTranslation("toegankelijkheid.contact")),
                new Anchor("login", getTranslation("toegankelijkheid.terug")));
    }

    private UnorderedList lijst(String sleutel, int aantal) {
        UnorderedList lijst = new UnorderedList();
        for (int i = 1; i <= aantal; i++) {
            lijst.add(new ListItem(getTranslation(sleutel + i)));
        }
        return lijst;
    }
}
