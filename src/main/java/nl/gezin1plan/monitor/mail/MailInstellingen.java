package nl.gezin1plan.monitor.mail;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code monitor.mail.*}: the sender address, how often the sender looks at the outbox, how many messages it sends
 * per round, and after how many failed attempts a message is given up.
 */
@ConfigurationProperties("monitor.mail")
record MailInstellingen(@DefaultValue("noreply@implementatiemonitor.local") String afzender,
                        @DefaultValue("30s") Duration interval,
                        @DefaultValue("50") int perRonde,
                        @DefaultValue("10") int maximalePogingen) {
}
