package nl.gezin1plan.monitor.mail;

import java.time.Clock;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Places e-mail in the outbox; the background sender delivers it. */
@Service
@EnableConfigurationProperties(MailInstellingen.class)
public class MailService {

    private final UitgaandeMailRepository berichten;
    private final MailSjablonen sjablonen;
    private final Clock clock;
    private final String basisUrl;

    MailService(UitgaandeMailRepository berichten, MailSjablonen sjablonen, Clock clock,
                @Value("${monitor.basis-url:http://localhost:8080}") String basisUrl) {
        this.berichten = berichten;
        this.sjablonen = sjablonen;
        this.clock = clock;
        this.basisUrl = basisUrl.endsWith("/") ? basisUrl.substring(0, basisUrl.length() - 1) : basisUrl;
    }

    /** Whether mail can be placed for this address; {@link #plaats} refuses any other. */
    public static boolean isGeldigAdres(String ontvanger) {
        return ontvanger != null && ontvanger.matches("[^\\s@<>,;]+@[^\\s@<>,;]+");
    }

    /**
     * Renders template {@code sjabloon} (files under {@code mail/}) with these values, plus {@code basisUrl}, and
     * writes the message to the outbox in the caller's transaction: it goes out only if that transaction commits.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public long plaats(String ontvanger, String sjabloon, Map<String, ?> waarden) {
        if (!isGeldigAdres(ontvanger)) {
            throw new IllegalArgumentException("Ongeldig e-mailadres: " + ontvanger);
        }
        Map<String, Object> alles = new HashMap<>(waarden);
        alles.putIfAbsent("basisUrl", basisUrl);
        return berichten.save(new UitgaandeMail(ontvanger, sjablonen.maak(sjabloon, alles), clock.instant())).getId();
    }

    /**
     * Where these messages stand (status, attempts, last error), by id, for a module that shows whether its own
     * messages arrived; that module checks who may see them.
     */
    @Transactional(readOnly = true)
    public Map<Long, MailRegel> stand(Collection<Long> ids) {
        return berichten.findAllById(ids).stream().map(UitgaandeMail::regel)
                .collect(Collectors.toMap(MailRegel::id, Function.identity()));
    }
}
