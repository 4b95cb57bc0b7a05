package nl.gezin1plan.monitor.base.ui;

import java.security.SecureRandom;

/**
 * A short code shown to the user next to "Er ging iets mis" and written in the ERROR log line of the same fault, so
 * that a beheerder can find the stack trace the user never sees. Letters and digits that are easy to read aloud.
 */
final class FoutReferentie {

    private static final String TEKENS = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    private static final SecureRandom TOEVAL = new SecureRandom();

    private FoutReferentie() {
    }

    static String nieuw() {
        StringBuilder referentie = new StringBuilder(6);
        for (int i = 0; i < 6; i++) {
            referentie.append(TEKENS.charAt(TOEVAL.nextInt(TEKENS.length())));
        }
        return referentie.toString();
    }
}
