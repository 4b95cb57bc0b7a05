package nl.gezin1plan.monitor.uitnodiging;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code monitor.uitnodiging.*}: how long a personal link in an invitation works, and how many people one user may
 * invite by name and address in 24 hours: a respondent ({@code per-dag}) or the gemeente's staff
 * ({@code per-dag-medewerker}).
 */
@ConfigurationProperties("monitor.uitnodiging")
record UitnodigingInstellingen(@DefaultValue("30d") Duration geldigheid, @DefaultValue("20") int perDag,
                               @DefaultValue("200") int perDagMedewerker) {
}
