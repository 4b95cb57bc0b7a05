package nl.gezin1plan.monitor.base.ui;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import java.util.Locale;
import org.springframework.stereotype.Component;

/** Every UI speaks Dutch (nl-NL), whatever the browser asks for; English can follow through i18n. */
@Component
class NederlandseTaal implements VaadinServiceInitListener {

    static final Locale NL = Locale.of("nl", "NL");

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(ui -> {
            ui.getUI().setLocale(NL);
            ui.getUI().getElement().setAttribute("lang", "nl");
            // The page language for screen readers (WCAG 3.1.1): the bootstrap page takes the server's default.
            ui.getUI().getPage().executeJs("document.documentElement.setAttribute('lang', 'nl')");
        });
    }
}
