package nl.gezin1plan.monitor.mail;

import java.time.Instant;

/** One message of the outbox as the beheerder sees it in the list. */
public record MailRegel(long id, Instant aangemaakt, String ontvanger, String onderwerp, MailStatus status,
                        int pogingen, String laatsteFout, Instant verzonden) {
}
