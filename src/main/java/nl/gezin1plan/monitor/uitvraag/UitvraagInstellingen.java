package nl.gezin1plan.monitor.uitvraag;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the uitvraag ({@code monitor.uitvraag.*}): how long an organisation added to a running round has at
 * least to answer, so that joining late does not make it late on day one.
 */
@ConfigurationProperties("monitor.uitvraag")
record UitvraagInstellingen(@DefaultValue("28d") Duration deadlineLateToevoeging) {
}
