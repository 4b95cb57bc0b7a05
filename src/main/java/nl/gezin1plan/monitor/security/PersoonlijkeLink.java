package nl.gezin1plan.monitor.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * The secret in a personal link (an invitation, a password reset): 256 random bits, URL-safe. Only its hash is
 * stored, so a copy of the database opens no account; {@link #hash(String)} finds the stored row for a link.
 */
public record PersoonlijkeLink(String code, String hash) {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final int BYTES = 32;

    public static PersoonlijkeLink nieuw() {
        byte[] bytes = new byte[BYTES];
        RANDOM.nextBytes(bytes);
        String code = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        return new PersoonlijkeLink(code, hash(code));
    }

    /** SHA-256 in hex. A code of 256 random bits needs no salt or slow hash: it cannot be guessed from its hash. */
    public static String hash(String code) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(code.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Whether text can be a code at all (length and alphabet), checked before any database lookup. */
    public static boolean kanCodeZijn(String tekst) {
        return tekst != null && tekst.matches("[A-Za-z0-9_-]{43}");
    }

    @Override
    public String toString() {
        return "PersoonlijkeLink[hash=" + hash + "]";
    }
}
