package nl.gezin1plan.monitor.herinnering;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code monitor.herinnering.*}: whether the job runs, how often it looks for reminders and digests that are due, and
 * on which day and at what time (Dutch time) the weekly digest falls due.
 */
@ConfigurationProperties("monitor.herinnering")
record HerinneringInstellingen(@DefaultValue("true") boolean actief,
                               @DefaultValue("15m") Duration interval,
                               @DefaultValue("MONDAY") DayOfWeek weekoverzichtDag,
                               @DefaultValue("07:00") LocalTime weekoverzichtTijd) {
}
