package nl.gezin1plan.monitor.herinnering;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Looks every {@code monitor.herinnering.interval} for reminders and digests that are due. Looking often costs little:
 * what was sent is recorded, so a look finds nothing new until the next moment comes, and a moment that passed while
 * the application was down is caught up once.
 */
@Component
@EnableConfigurationProperties(HerinneringInstellingen.class)
class HerinneringPlanning {

    private final HerinneringVerzender herinneringen;
    private final WeekoverzichtVerzender weekoverzichten;
    private final HerinneringInstellingen instellingen;
    private final Clock clock;

    HerinneringPlanning(HerinneringVerzender herinneringen, WeekoverzichtVerzender weekoverzichten,
                        HerinneringInstellingen instellingen, Clock clock) {
        this.herinneringen = herinneringen;
        this.weekoverzichten = weekoverzichten;
        this.instellingen = instellingen;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${monitor.herinnering.interval:15m}",
            initialDelayString = "${monitor.herinnering.interval:15m}")
    void kijk() {
        if (instellingen.actief()) {
            herinneringen.verstuur(LocalDate.now(clock));
            weekoverzichten.verstuur(ZonedDateTime.now(clock));
        }
    }
}
