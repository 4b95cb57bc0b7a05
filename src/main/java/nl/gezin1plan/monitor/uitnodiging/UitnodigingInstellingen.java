package nl.gezin1plan.monitor.uitnodiging;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** {@code monitor.uitnodiging.*}: how long a personal link in an invitation works. */
@ConfigurationProperties("monitor.uitnodiging")
record UitnodigingInstellingen(@DefaultValue("30d") Duration geldigheid) {
}
