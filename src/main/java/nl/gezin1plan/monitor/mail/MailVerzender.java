package nl.gezin1plan.monitor.mail;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.time.Clock;
import java.util.Optional;
import nl.gezin1plan.monitor.base.LogTekst;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Delivers the outbox over SMTP, when {@code spring.mail.host} is set; without it messages stay waiting. Each message
 * is claimed, sent and marked in one transaction of its own, with its row locked, so that two instances never send
 * the same message and a crash halfway leaves it waiting rather than lost.
 */
@Component
class MailVerzender {

    private static final Logger LOG = LoggerFactory.getLogger(MailVerzender.class);

    private final UitgaandeMailRepository berichten;
    private final ObjectProvider<JavaMailSender> smtp;
    private final TransactionTemplate transacties;
    private final MailInstellingen instellingen;
    private final Clock clock;

    MailVerzender(UitgaandeMailRepository berichten, ObjectProvider<JavaMailSender> smtp,
                  TransactionTemplate transacties, MailInstellingen instellingen, Clock clock) {
        this.berichten = berichten;
        this.smtp = smtp;
        this.transacties = transacties;
        this.instellingen = instellingen;
        this.clock = clock;
    }

    /** Sends the due messages, at most {@code monitor.mail.per-ronde}; answers how many went out. */
    @Scheduled(fixedDelayString = "${monitor.mail.interval:30s}", initialDelayString = "${monitor.mail.interval:30s}")
    int verzendWachtende() {
        JavaMailSender afzender = smtp.getIfAvailable();
        if (afzender == null) {
            return 0;
        }
        int verzonden = 0;
        for (int i = 0; i < instellingen.perRonde(); i++) {
            Optional<Boolean> gelukt = transacties.execute(status ->
                    berichten.claimVolgende(clock.instant()).map(bericht -> verzend(afzender, bericht)));
            if (gelukt == null || gelukt.isEmpty()) {
                break;
            }
            verzonden += gelukt.get() ? 1 : 0;
        }
        return verzonden;
    }

    private boolean verzend(JavaMailSender afzender, UitgaandeMail bericht) {
        try {
            afzender.send(mime(afzender, bericht));
            bericht.verzonden(clock.instant());
            return true;
        } catch (RuntimeException | MessagingException e) {
            String fout = e.getClass().getSimpleName() + ": " + e.getMessage();
            bericht.mislukt(fout, clock.instant(), instellingen.maximalePogingen());
            LOG.warn("E-mail {} niet verzonden (poging {}): {}", bericht.getId(), bericht.getPogingen(),
                    LogTekst.veilig(fout));
            return false;
        }
    }

    private MimeMessage mime(JavaMailSender afzender, UitgaandeMail bericht) throws MessagingException {
        MimeMessage mime = afzender.createMimeMessage();
        MimeMessageHelper helper = new MimeMessageHelper(mime, MimeMessageHelper.MULTIPART_MODE_MIXED_RELATED, "UTF-8");
        helper.setFrom(instellingen.afzender());
        helper.setTo(bericht.getOntvanger());
        helper.setSubject(bericht.getOnderwerp());
        helper.setText(bericht.getTekst(), bericht.getHtml());
        return mime;
    }
}
