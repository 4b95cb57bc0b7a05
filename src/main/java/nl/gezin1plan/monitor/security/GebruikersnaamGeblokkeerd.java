package nl.gezin1plan.monitor.security;

import java.time.Instant;

/** Published when too many failed logins locked a user name. */
public record GebruikersnaamGeblokkeerd(String gebruikersnaam, Instant tot) {
}
