package nl.gezin1plan.monitor.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Turns an unexpected error during a user's action into a plain Dutch message. The user never sees a stack
 * trace; the log keeps it. Whatever is in open forms stays there.
 */
@Component
class FoutAfhandeling implements VaadinServiceInitListener {

    private static final Logger LOG = LoggerFactory.getLogger(FoutAfhandeling.class);

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(sessie -> sessie.getSession().setErrorHandler(this::meld));
    }

    private void meld(ErrorEvent fout) {
        Throwable oorzaak = fout.getThrowable();
        boolean geenToegang = oorzaakIs(oorzaak, AccessDeniedException.class);
        if (geenToegang) {
            LOG.warn("Toegang geweigerd: {}", oorzaak.getMessage());
        } else {
            LOG.error("Onverwachte fout in de gebruikersinterface", oorzaak);
        }
        UI ui = UI.getCurrent();
        if (ui != null) {
            ui.access(() -> {
                Notification melding = Notification.show(ui.getTranslation(geenToegang
                        ? "app.fout.geen-toegang" : "app.fout.onverwacht"), 8000, Notification.Position.MIDDLE);
                melding.addThemeVariants(NotificationVariant.ERROR);
            });
        }
    }

    private static boolean oorzaakIs(Throwable fout, Class<? extends Throwable> soort) {
        for (Throwable t = fout; t != null; t = t.getCause()) {
            if (soort.isInstance(t)) {
                return true;
            }
        }
        return false;
    }
}
