package nl.gezin1plan.monitor.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import nl.gezin1plan.monitor.base.LogTekst;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;
import java.util.Locale;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.CannotCreateTransactionException;
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
        String bericht;
        if (oorzaakIs(oorzaak, AccessDeniedException.class)) {
            LOG.warn("Toegang geweigerd: {}", LogTekst.veilig(oorzaak.getMessage()));
            bericht = "app.fout.geen-toegang";
        } else if (isDatabaseWeg(oorzaak)) {
            LOG.error("Database niet bereikbaar tijdens een handeling van de gebruiker: {}",
                    LogTekst.veilig(oorzaak.toString()));
            bericht = "app.fout.database";
        } else {
            LOG.error("Onverwachte fout in de gebruikersinterface", oorzaak);
            bericht = "app.fout.onverwacht";
        }
        UI ui = UI.getCurrent();
        if (ui != null) {
            ui.access(() -> {
                Notification melding = Notification.show(ui.getTranslation(bericht), 8000, Notification.Position.MIDDLE);
                melding.addThemeVariants(NotificationVariant.ERROR);
            });
        }
    }

    /**
     * The database could not be reached: no connection, or the connection broke (SQL state class 08), also when
     * that surfaces only as the failed rollback afterwards ("Connection is closed").
     */
    static boolean isDatabaseWeg(Throwable fout) {
        for (Throwable t = fout; t != null; t = t.getCause()) {
            if (t instanceof CannotCreateTransactionException || t instanceof DataAccessResourceFailureException
                    || t instanceof SQLTransientConnectionException || t instanceof SQLRecoverableException
                    || t instanceof SQLNonTransientConnectionException
                    || t instanceof SQLException sql && (sql.getSQLState() != null && sql.getSQLState().startsWith("08")
                    || sql.getMessage() != null && sql.getMessage().toLowerCase(Locale.ROOT).contains("connection is closed"))) {
                return true;
            }
        }
        return false;
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
