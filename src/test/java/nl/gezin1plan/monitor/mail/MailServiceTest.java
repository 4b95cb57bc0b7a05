package nl.gezin1plan.monitor.mail;

import static nl.gezin1plan.monitor.mail.MailTestBerichten.ontvanger;
import static nl.gezin1plan.monitor.mail.MailTestBerichten.uitnodiging;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import nl.gezin1plan.monitor.PostgresTest;
import nl.gezin1plan.monitor.TestGegevens;
import nl.gezin1plan.monitor.organisatie.Rol;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.support.TransactionTemplate;

/** The outbox on the shared test context, which has no SMTP host, as the embedded default. */
@PostgresTest
class MailServiceTest {

    @Autowired
    MailService mail;
    @Autowired
    MailVerzender verzender;
    @Autowired
    UitgaandeMailService uitgaand;
    @Autowired
    TransactionTemplate transacties;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TestGegevens gegevens;

    @AfterEach
    void logUit() {
        gegevens.logUit();
    }

    @Test
    void withoutAnSmtpHostAMessageWaitsInTheOutboxWithItsLinkAndNothingIsSent() {
        String aan = ontvanger();
        long id = transacties.execute(s -> mail.plaats(aan, "uitnodiging", uitnodiging("https://monitor.test/t/abc")));

        assertThat(verzender.verzendWachtende()).isZero();

        assertThat(jdbc.queryForMap("select status, pogingen, ontvanger, onderwerp, verzonden from uitgaande_mail"
                + " where id = ?", id)).containsEntry("status", "WACHT").containsEntry("pogingen", 0)
                .containsEntry("ontvanger", aan).containsEntry("onderwerp", "Uitnodiging uitvraag 2027")
                .containsEntry("verzonden", null);
        gegevens.logIn(gegevens.regionaal(Rol.BEHEERDER));
        assertThat(uitgaand.tekst(id)).contains("https://monitor.test/t/abc").contains("http://localhost:8080");
    }

    @Test
    void aMessageIsOnlyPlacedWithTheTransactionThatCausesIt() {
        String aan = ontvanger();
        transacties.executeWithoutResult(s -> {
            mail.plaats(aan, "uitnodiging", uitnodiging("https://monitor.test/t/terug"));
            s.setRollbackOnly();
        });

        assertThat(jdbc.queryForObject("select count(*) from uitgaande_mail where ontvanger = ?", Integer.class, aan))
                .isZero();
        assertThatThrownBy(() -> mail.plaats(aan, "uitnodiging", uitnodiging("https://monitor.test/t/x")))
                .isInstanceOf(IllegalTransactionStateException.class);
        assertThatThrownBy(() -> transacties.execute(s -> mail.plaats("geen adres", "uitnodiging",
                uitnodiging("https://monitor.test/t/x")))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void onlyTheBeheerderReadsTheOutbox() {
        long id = transacties.execute(s -> mail.plaats(ontvanger(), "uitnodiging", uitnodiging("https://monitor.test/t/1")));
        for (String ander : List.of("", gegevens.regionaal(Rol.ACCOUNTMANAGER), gegevens.agendahouder(gegevens.gemeente()),
                gegevens.respondent())) {
            gegevens.logUit();
            if (!ander.isEmpty()) {
                gegevens.logIn(ander);
            }
            assertThatThrownBy(() -> uitgaand.pagina(0, 50)).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> uitgaand.aantal()).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> uitgaand.tekst(id)).isInstanceOf(AccessDeniedException.class);
        }
        gegevens.logIn(gegevens.regionaal(Rol.BEHEERDER));
        assertThat(uitgaand.pagina(0, 50)).extracting(MailRegel::id).contains(id);
        assertThat(uitgaand.aantal()).isPositive();
    }
}
