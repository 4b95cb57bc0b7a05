package nl.gezin1plan.monitor.herinnering;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.gezin1plan.monitor.base.ui.Formaat;
import nl.gezin1plan.monitor.herinnering.Herinneringen.Kandidaat;
import nl.gezin1plan.monitor.herinnering.Herinneringen.Ontvanger;
import nl.gezin1plan.monitor.mail.MailService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Places the reminders that are due: one mail per recipient of each uitvraag not submitted whose next moment has
 * come. Each uitvraag's reminder is claimed, its mails placed and the claim kept in one transaction of its own, so that
 * two instances that run at once send it exactly once between them.
 */
@Component
class HerinneringVerzender {

    private static final Logger LOG = LoggerFactory.getLogger(HerinneringVerzender.class);

    private final Herinneringen herinneringen;
    private final MailService mail;
    private final TransactionTemplate transacties;
    private final Clock clock;

    HerinneringVerzender(Herinneringen herinneringen, MailService mail, TransactionTemplate transacties, Clock clock) {
        this.herinneringen = herinneringen;
        this.mail = mail;
        this.transacties = transacties;
        this.clock = clock;
    }

    /**
     * Sends what is due on {@code vandaag} for the rounds still chased then; answers how many reminders this call
     * placed. An uitvraag that fails is logged and tried again at the next look; the others go ahead.
     */
    int verstuur(LocalDate vandaag) {
        int verstuurd = 0;
        for (Kandidaat kandidaat : herinneringen.kandidaten(vandaag.getYear(), vandaag)) {
            var moment = kandidaat.momenten().teVersturen(kandidaat.deadline(), kandidaat.opent(), kandidaat.verstuurd(),
                    kandidaat.laatste(), vandaag);
            try {
                if (moment.isPresent()
                        && Boolean.TRUE.equals(transacties.execute(s -> verstuur(kandidaat, moment.get(), vandaag)))) {
                    verstuurd++;
                }
            } catch (RuntimeException e) {
                LOG.warn("Herinnering voor uitvraag {} niet geplaatst", kandidaat.uitvraagId(), e);
            }
        }
        return verstuurd;
    }

    /** Only rounds of this year and later are chased: an older round's stragglers are left once a new year begins. */
    static boolean wordtNagejaagd(int jaar, LocalDate vandaag) {
        return jaar >= vandaag.getYear();
    }

    private boolean verstuur(Kandidaat kandidaat, LocalDate moment, LocalDate vandaag) {
        if (!herinneringen.nogNietIngediend(kandidaat.uitvraagId())) {
            return false;
        }
        List<Ontvanger> ontvangers = herinneringen.ontvangers(kandidaat.organisatieId());
        if (ontvangers.isEmpty() || !herinneringen.claim(kandidaat.uitvraagId(), kandidaat.verstuurd() + 1, moment,
                clock.instant(), ontvangers.size())) {
            return false;
        }
        ontvangers.forEach(o -> mail.plaats(o.email(), "herinnering", waarden(kandidaat, o, vandaag)));
        return true;
    }

    private static Map<String, Object> waarden(Kandidaat kandidaat, Ontvanger ontvanger, LocalDate vandaag) {
        Map<String, Object> waarden = new HashMap<>();
        waarden.put("naam", ontvanger.naam());
        waarden.put("organisatie", kandidaat.organisatie());
        waarden.put("jaar", String.valueOf(kandidaat.jaar()));
        waarden.put("deadline", Formaat.datum(kandidaat.deadline()));
        waarden.put("termijn", termijn(kandidaat.deadline(), vandaag));
        return waarden;
    }

    /** "nog 3 dagen", "nog 1 dag", "vandaag" or "verlopen": what the mail says about the time left. */
    static String termijn(LocalDate deadline, LocalDate vandaag) {
        long dagen = ChronoUnit.DAYS.between(vandaag, deadline);
        if (dagen < 0) {
            return "verlopen";
        }
        if (dagen == 0) {
            return "vandaag";
        }
        return dagen == 1 ? "nog 1 dag" : "nog " + dagen + " dagen";
    }
}
