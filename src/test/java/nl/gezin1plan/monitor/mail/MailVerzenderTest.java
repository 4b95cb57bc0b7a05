package nl.gezin1plan.monitor.mail;

import static nl.gezin1plan.monitor.mail.MailTestBerichten.ontvanger;
import static nl.gezin1plan.monitor.mail.MailTestBerichten.uitnodiging;
import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Address;
import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.ServerSocket;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.stream.IntStream;
import nl.gezin1plan.monitor.PostgresTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The outbox delivered to a real SMTP server (GreenMail) inside the test JVM. The only test context with an SMTP
 * host; its scheduled sender waits an hour, so the tests run the sender themselves.
 */
@PostgresTest
class MailVerzenderTest {

    private static final int POORT = vrijePoort();

    @DynamicPropertySource
    static void smtp(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> POORT);
        registry.add("monitor.mail.interval", () -> "1h");
        registry.add("monitor.mail.per-ronde", () -> 1000);
        registry.add("monitor.mail.afzender", () -> "monitor@gezin1plan.test");
    }

    @Autowired
    MailService mail;
    @Autowired
    MailVerzender verzender;
    @Autowired
    TransactionTemplate transacties;
    @Autowired
    JdbcTemplate jdbc;

    private GreenMail smtp;

    @BeforeEach
    void startSmtp() {
        smtp = new GreenMail(new ServerSetup(POORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
    }

    @AfterEach
    void stopSmtp() {
        smtp.stop();
    }

    @Test
    void aPlacedMessageArrivesWithSubjectTextAndHtmlAndIsMarkedSent() throws Exception {
        String aan = ontvanger();
        long id = plaats(aan, "https://monitor.test/t/één");

        verzender.verzendWachtende();

        List<MimeMessage> ontvangen = aan(aan);
        assertThat(ontvangen).hasSize(1);
        MimeMessage bericht = ontvangen.getFirst();
        assertThat(bericht.getSubject()).isEqualTo("Uitnodiging uitvraag 2027");
        assertThat(bericht.getFrom()).extracting(Address::toString).containsExactly("monitor@gezin1plan.test");
        assertThat(deel(bericht, "text/plain")).contains("Beste Anna de Vries,").contains("https://monitor.test/t/één");
        assertThat(deel(bericht, "text/html")).contains("<html lang=\"nl\">")
                .contains("href=\"https://monitor.test/t/één\"");
        Map<String, Object> rij = rij(id);
        assertThat(rij).containsEntry("status", "VERZONDEN").containsEntry("pogingen", 1)
                .containsEntry("laatste_fout", null);
        assertThat(rij.get("verzonden")).isNotNull();
    }

    @Test
    void whileTheSmtpServerIsDownNothingIsLostAndTheMessageArrivesOnceItIsBack() throws Exception {
        smtp.stop();
        String aan = ontvanger();
        long id = plaats(aan, "https://monitor.test/t/later");

        Instant voor = Instant.now();
        verzender.verzendWachtende();

        Map<String, Object> rij = rij(id);
        assertThat(rij).containsEntry("status", "WACHT").containsEntry("pogingen", 1);
        assertThat((String) rij.get("laatste_fout")).isNotBlank();
        Instant volgende = ((Timestamp) rij.get("volgende_poging")).toInstant();
        assertThat(Duration.between(voor, volgende)).isBetween(Duration.ofSeconds(50), Duration.ofSeconds(70));

        smtp = new GreenMail(new ServerSetup(POORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        verzender.verzendWachtende();
        assertThat(aan(aan)).as("not before the next attempt is due").isEmpty();

        jdbc.update("update uitgaande_mail set volgende_poging = ? where id = ?",
                Timestamp.from(Instant.now().minusSeconds(1)), id);
        verzender.verzendWachtende();
        verzender.verzendWachtende();

        assertThat(aan(aan)).hasSize(1);
        assertThat(rij(id)).containsEntry("status", "VERZONDEN").containsEntry("pogingen", 2)
                .containsEntry("laatste_fout", null);
    }

    @Test
    void twoSendersAtOnceSendEveryMessageExactlyOnce() throws Exception {
        List<String> ontvangers = IntStream.range(0, 20).mapToObj(i -> ontvanger()).toList();
        List<Long> ids = new ArrayList<>();
        for (String aan : ontvangers) {
            ids.add(plaats(aan, "https://monitor.test/t/" + ids.size()));
        }

        CountDownLatch start = new CountDownLatch(1);
        List<CompletableFuture<Integer>> senders = IntStream.range(0, 2).mapToObj(i -> CompletableFuture.supplyAsync(() -> {
            try {
                start.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return verzender.verzendWachtende();
        })).toList();
        start.countDown();
        List<Integer> verzonden = senders.stream().map(CompletableFuture::join).toList();

        for (String aan : ontvangers) {
            assertThat(aan(aan)).as(aan).hasSize(1);
        }
        assertThat(ids).allSatisfy(id -> assertThat(rij(id)).containsEntry("status", "VERZONDEN")
                .containsEntry("pogingen", 1));
        assertThat(verzonden.get(0) + verzonden.get(1)).isGreaterThanOrEqualTo(20);
    }

    private long plaats(String aan, String link) {
        return transacties.execute(s -> mail.plaats(aan, "uitnodiging", uitnodiging(link)));
    }

    private Map<String, Object> rij(long id) {
        return jdbc.queryForMap("select status, pogingen, laatste_fout, volgende_poging, verzonden from uitgaande_mail"
                + " where id = ?", id);
    }

    private List<MimeMessage> aan(String ontvanger) {
        return Arrays.stream(smtp.getReceivedMessages()).filter(m -> {
            try {
                return Arrays.stream(m.getAllRecipients()).anyMatch(a -> a.toString().equals(ontvanger));
            } catch (jakarta.mail.MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }

    /** The text of the first part of this type, however deep the multipart nests it. */
    private static String deel(Part part, String type) throws Exception {
        if (part.isMimeType(type)) {
            return (String) part.getContent();
        }
        if (part.getContent() instanceof Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart binnen = multipart.getBodyPart(i);
                String tekst = deel(binnen, type);
                if (tekst != null) {
                    return tekst;
                }
            }
        }
        return null;
    }

    private static int vrijePoort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
