package nl.gezin1plan.monitor.account;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code monitor.account.*}: how long a reset link works, how many links one account gets and how many requests one
 * client address may make per hour, and how often the background step handles new requests.
 */
@ConfigurationProperties("monitor.account")
record AccountInstellingen(@DefaultValue("1h") Duration herstelGeldigheid,
                           @DefaultValue("3") int herstelPerAccount,
                           @DefaultValue("10") int herstelPerAdres,
                           @DefaultValue("5s") Duration herstelInterval) {
}
