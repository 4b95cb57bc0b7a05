package nl.gezin1plan.monitor.mail;

/** A rendered message: subject, plain text and HTML. */
record Bericht(String onderwerp, String tekst, String html) {
}
