package nl.gezin1plan.monitor.account;

/** What "Mijn account" shows of the logged-in person. */
public record MijnAccount(String gebruikersnaam, String naam, String email, boolean weekoverzicht) {
}
