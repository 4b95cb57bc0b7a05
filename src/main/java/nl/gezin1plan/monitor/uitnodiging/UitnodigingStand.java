package nl.gezin1plan.monitor.uitnodiging;

import java.time.Instant;
import nl.gezin1plan.monitor.mail.MailStatus;

/**
 * The newest invitation to one person of an organisation in a year, as the round overview shows it: to whom, when,
 * whether the link was opened or used, and how its e-mail fared ({@code laatsteFout} when delivery failed).
 */
public record UitnodigingStand(long organisatieId, String naam, String email, Instant verstuurd, Instant geopend,
                               Instant geaccepteerd, MailStatus mailStatus, String laatsteFout) {

    public boolean bezorgingMislukt() {
        return mailStatus == MailStatus.MISLUKT || (mailStatus == MailStatus.WACHT && laatsteFout != null);
    }
}
