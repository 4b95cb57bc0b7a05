package nl.gezin1plan.monitor.base;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Background work on a schedule, such as sending the outbox. */
@Configuration
@EnableScheduling
class Planning {
}
