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
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.stereotype.Component;

/**
 * Turns an unexpected error during a user's action into a plain Dutch message. The user never sees a stack
 * trace; the log keeps it, under a reference that the message shows. Whatever is in open forms stays there.
 */
@Component
class FoutAfhandeling implements VaadinServiceInitListener {

    private static final Logger LOG = LoggerFactory.getLogger(FoutAfhandeling.class);

    /** What went wrong, as far as the user is concerned, with the translation key of the notification. */
    enum Soort {
        GEEN_TOEGANG("app.fout.geen-toegang"), DATABASE_WEG("app.fout.database"),
        NIET_OPGESLAGEN("app.fout.niet-opgeslagen"), ONVERWACHT("app.fout.onverwacht");

        final String sleutel;

        Soort(String sleutel) {
            this.sleutel = sleutel;
        }
    }

    /** The kind of error and the reference its log line names (null where the cause is known and not logged with a trace). */
    record Melding(Soort soort, String referentie) {
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(sessie -> sessie.getSession().setErrorHandler(this::meld));
    }

    private void meld(ErrorEvent fout) {
        Melding melding = beoordeel(fout.getThrowable());
        UI ui = UI.getCurrent();
        if (ui != null) {
            ui.access(() -> Notification.show(ui.getTranslation(melding.soort().sleutel, melding.referentie()), 8000,
                    Notification.Position.MIDDLE).addThemeVariants(NotificationVariant.ERROR));
        }
    }

    /** Logs the error and says what the user is to read; an error without a known cause gets a reference. */
    static Melding beoordeel(Throwable oorzaak) {
        if (oorzaakIs(oorzaak, AccessDeniedException.class)) {
            LOG.warn("Toegang geweigerd: {}", LogTekst.veilig(oorzaak.getMessage()));
            return new Melding(Soort.GEEN_TOEGANG, null);
        }
        if (isDatabaseWeg(oorzaak)) {
            LOG.error("Database niet bereikbaar tijdens een handeling van de gebruiker: {}",
                    LogTekst.veilig(oorzaak.toString()));
            return new Melding(Soort.DATABASE_WEG, null);
        }
        String referentie = FoutReferentie.nieuw();
        if (isGeweigerdDoorDatabase(oorzaak)) {
            LOG.error("Fout {}: de database weigerde de wijziging", referentie, oorzaak);
            return new Melding(Soort.NIET_OPGESLAGEN, referentie);
        }
        LOG.error("Fout {}: onverwachte fout in de gebruikersinterface", referentie, oorzaak);
        return new Melding(Soort.ONVERWACHT, referentie);
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

    /** The database was there but refused the change: a constraint was violated (SQL state class 23). */
    static boolean isGeweigerdDoorDatabase(Throwable fout) {
        for (Throwable t = fout; t != null; t = t.getCause()) {
            if (t instanceof DataIntegrityViolationException
                    || t instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("23")) {
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
