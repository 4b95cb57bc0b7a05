package nl.gezin1plan.monitor.security;

/** Published when the beheerder lifted the lock on a user name before it ran out. */
public record BlokkadeOpgeheven(String gebruikersnaam, String door) {
}
