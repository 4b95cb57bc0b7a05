package nl.gezin1plan.monitor.base.ui;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.HttpStatusCode;

/** What the error views share: a heading, one plain sentence and the way back, inside the main layout. */
abstract class Foutpagina extends Main {

    void toon(String titelSleutel, String tekst) {
        removeAll();
        addClassName("tekst-pagina");
        add(new H1(getTranslation(titelSleutel)), new Paragraph(tekst),
                new RouterLink(getTranslation("app.fout.naar-start"), StartView.class));
    }

    int geenToegang(BeforeEnterEvent event) {
        toon("fout.geen-toegang.titel", getTranslation("fout.geen-toegang.tekst", event.getLocation().getPath()));
        return HttpStatusCode.FORBIDDEN.getCode();
    }
}
