package nl.gezin1plan.monitor.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import org.hibernate.TransactionException;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.orm.jpa.JpaSystemException;
import org.springframework.transaction.CannotCreateTransactionException;

/** The chains seen when the database went away in the fault test are recognised; other errors are not. */
class FoutAfhandelingTest {

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
}
