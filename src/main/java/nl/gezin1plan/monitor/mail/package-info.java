/**
 * E-mail: messages rendered from templates under {@code mail/}, written to an outbox in the caller's transaction and
 * delivered by a background sender with retries. Other modules only call {@link nl.gezin1plan.monitor.mail.MailService}.
 */
package nl.gezin1plan.monitor.mail;
