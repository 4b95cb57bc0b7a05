package nl.gezin1plan.monitor.uitnodiging;

/**
 * How an invitation came about: sent by the app for a round (RONDE), for a person a user chose (PERSOON, which counts
 * against that user's daily limit), or to an account the beheerder made without a password (ACCOUNT).
 */
enum UitnodigingSoort {
    RONDE, PERSOON, ACCOUNT
}
