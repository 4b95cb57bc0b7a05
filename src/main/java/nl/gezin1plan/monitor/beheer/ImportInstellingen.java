package nl.gezin1plan.monitor.beheer;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Limits of one organisation import ({@code monitor.import.*}): the largest file, read no further than this, and
 * the most rows, so that one upload cannot hold the server for long.
 */
@ConfigurationProperties("monitor.import")
record ImportInstellingen(@DefaultValue("10MB") DataSize maximaleGrootte, @DefaultValue("5000") int maximaleRijen) {
}
