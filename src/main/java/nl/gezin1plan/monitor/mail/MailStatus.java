package nl.gezin1plan.monitor.mail;

/** Where a message in the outbox stands: waiting to be sent (also between retries), sent, or given up. */
public enum MailStatus {
    WACHT, VERZONDEN, MISLUKT
}
