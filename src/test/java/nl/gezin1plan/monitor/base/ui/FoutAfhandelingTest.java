package nl.gezin1plan.monitor.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import org.hibernate.TransactionException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.orm.jpa.JpaSystemException;
import org.springframework.transaction.CannotCreateTransactionException;
import nl.gezin1plan.monitor.base.ui.FoutAfhandeling.Melding;
import nl.gezin1plan.monitor.base.ui.FoutAfhandeling.Soort;

/**
 * The chains seen when the database went away in the fault test are recognised; other errors are not, and those get
 * a reference that the ERROR line in the log names too.
 */
class FoutAfhandelingTest {

    private final Logger log = (Logger) LoggerFactory.getLogger(FoutAfhandeling.class);
    private final ListAppender<ILoggingEvent> regels = new ListAppender<>();

    @BeforeEach
    void leesLogMee() {
        regels.start();
        log.addAppender(regels);
    }

    @AfterEach
    void stopMeelezen() {
        log.detachAppender(regels);
    }

    @Test
    void aLostDatabaseIsRecognisedHoweverItSurfaces() {
        assertThat(FoutAfhandeling.isDatabaseWeg(new CannotCreateTransactionException("geen verbinding",
                new SQLTransientConnectionException("HikariPool-1 - Connection is not available")))).isTrue();
        assertThat(FoutAfhandeling.isDatabaseWeg(new RuntimeException(new SQLException("I/O error", "08006")))).isTrue();
        assertThat(FoutAfhandeling.isDatabaseWeg(new JpaSystemException(new TransactionException(
                "Unable to rollback against JDBC Connection", new SQLException("Connection is closed"))))).isTrue();
    }

    @Test
    void otherErrorsAreNotBlamedOnTheDatabase() {
        assertThat(FoutAfhandeling.isDatabaseWeg(new IllegalStateException("fout in de code"))).isFalse();
        assertThat(FoutAfhandeling.isDatabaseWeg(new DataIntegrityViolationException("dubbel",
                new SQLException("duplicate key", "23505")))).isFalse();
    }

    @Test
    void aConstraintViolationSaysItCouldNotBeSavedWithAReferenceTheErrorLogNames() {
        Melding melding = FoutAfhandeling.beoordeel(new DataIntegrityViolationException("could not execute statement",
                new SQLException("duplicate key value violates unique constraint \"uk_gemeente_naam\"", "23505")));

        assertThat(melding.soort()).isEqualTo(Soort.NIET_OPGESLAGEN);
        assertThat(melding.referentie()).matches("[A-Z2-9]{6}");
        assertThat(regels.list).singleElement().satisfies(regel -> {
            assertThat(regel.getLevel()).isEqualTo(Level.ERROR);
            assertThat(regel.getFormattedMessage()).contains(melding.referentie());
            assertThat(regel.getThrowableProxy().getClassName()).isEqualTo(DataIntegrityViolationException.class.getName());
        });
    }

    @Test
    void aViolatedCheckSeenOnlyAsItsSqlStateIsNotSavedEither() {
        assertThat(FoutAfhandeling.beoordeel(new JpaSystemException(new RuntimeException(
                new SQLException("new row violates check constraint", "23514")))).soort()).isEqualTo(Soort.NIET_OPGESLAGEN);
    }

    @Test
    void anUnexpectedErrorGetsItsOwnReferenceInMessageAndLog() {
        Melding eerste = FoutAfhandeling.beoordeel(new IllegalStateException("fout in de code"));
        Melding tweede = FoutAfhandeling.beoordeel(new IllegalStateException("fout in de code"));

        assertThat(eerste.soort()).isEqualTo(Soort.ONVERWACHT);
        assertThat(eerste.referentie()).isNotEqualTo(tweede.referentie());
        assertThat(regels.list).extracting(ILoggingEvent::getFormattedMessage)
                .anySatisfy(regel -> assertThat(regel).contains(eerste.referentie()));
    }

    @Test
    void aLostDatabaseKeepsItsOwnMessageWithoutReference() {
        Melding melding = FoutAfhandeling.beoordeel(new CannotCreateTransactionException("geen verbinding"));

        assertThat(melding.soort()).isEqualTo(Soort.DATABASE_WEG);
        assertThat(melding.referentie()).isNull();
    }
}
