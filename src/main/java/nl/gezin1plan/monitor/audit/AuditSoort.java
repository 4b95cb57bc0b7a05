package nl.gezin1plan.monitor.audit;

/** What happened. The labels are in the translations under {@code audit.soort.*}. */
public enum AuditSoort {
    LOGIN,
    LOGIN_MISLUKT,
    ACCOUNT_GEBLOKKEERD,
    BLOKKADE_OPGEHEVEN,
    EXPORT,
    IMPORT,
    BEHEER,
    ACCOUNTGESPREK,
    EVALUATIE,
    WIJZIGING,
    INGEDIEND,
    HEROPEND,
    DEADLINE_VERLENGD,
    OORDEEL,
    HERINNERINGSCHEMA,
    WACHTWOORD_HERSTEL,
    WACHTWOORD_GEWIJZIGD,
    ACCOUNT_GEWIJZIGD,
    UITNODIGING,
    UITNODIGING_GEACCEPTEERD
}
