package nl.gezin1plan.monitor.security;

/** Published after a failed login; {@code geblokkeerd} when the user name was locked at the time. */
public record InlogMislukt(String gebruikersnaam, boolean geblokkeerd) {
}
