package nl.gezin1plan.monitor.mail;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.Duration;
import java.time.Instant;

/** One message in the outbox, with what happened to it so far. */
@Entity
class UitgaandeMail {

    static final int MAXIMALE_FOUT = 1000;
    private static final Duration EERSTE_PAUZE = Duration.ofMinutes(1);
    private static final Duration LANGSTE_PAUZE = Duration.ofHours(1);

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String ontvanger;
    private String onderwerp;
    private String tekst;
    private String html;

    @Enumerated(EnumType.STRING)
    private MailStatus status;

    private int pogingen;
    private String laatsteFout;
    private Instant aangemaakt;
    private Instant volgendePoging;
    private Instant verzonden;

    protected UitgaandeMail() {
    }

    UitgaandeMail(String ontvanger, Bericht bericht, Instant nu) {
        this.ontvanger = ontvanger;
        this.onderwerp = bericht.onderwerp();
        this.tekst = bericht.tekst();
        this.html = bericht.html();
        this.status = MailStatus.WACHT;
        this.aangemaakt = nu;
        this.volgendePoging = nu;
    }

    void verzonden(Instant nu) {
        status = MailStatus.VERZONDEN;
        pogingen++;
        verzonden = nu;
        laatsteFout = null;
    }

    /** Counts a failed attempt and waits 1, 2, 4 … minutes (at most an hour) before the next, or gives up. */
    void mislukt(String fout, Instant nu, int maximalePogingen) {
        pogingen++;
        laatsteFout = fout == null ? "onbekende fout"
                : fout.length() > MAXIMALE_FOUT ? fout.substring(0, MAXIMALE_FOUT) : fout;
        if (pogingen >= maximalePogingen) {
            status = MailStatus.MISLUKT;
            return;
        }
        Duration pauze = EERSTE_PAUZE.multipliedBy(1L << Math.min(pogingen - 1, 20));
        volgendePoging = nu.plus(pauze.compareTo(LANGSTE_PAUZE) > 0 ? LANGSTE_PAUZE : pauze);
    }

    MailRegel regel() {
        return new MailRegel(id, aangemaakt, ontvanger, onderwerp, status, pogingen, laatsteFout, verzonden);
    }

    Long getId() {
        return id;
    }

    String getOntvanger() {
        return ontvanger;
    }

    String getOnderwerp() {
        return onderwerp;
    }

    String getTekst() {
        return tekst;
    }

    String getHtml() {
        return html;
    }

    MailStatus getStatus() {
        return status;
    }

    int getPogingen() {
        return pogingen;
    }

    String getLaatsteFout() {
        return laatsteFout;
    }

    Instant getVolgendePoging() {
        return volgendePoging;
    }
}
