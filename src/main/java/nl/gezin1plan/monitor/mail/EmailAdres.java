package nl.gezin1plan.monitor.mail;

import java.util.regex.Pattern;

/**
 * Whether text a person typed is an e-mail address we accept for someone: one @, a dot in the domain, no spaces or
 * list separators, at most 254 characters (after trimming). Used for invitations and for one's own address.
 */
public final class EmailAdres {

    private static final Pattern ADRES = Pattern.compile("[^@\\s<>,;]+@[^@\\s<>,;]+\\.[^@\\s<>,;]+");

    private EmailAdres() {
    }

    public static boolean isGeldig(String tekst) {
        return tekst != null && tekst.strip().length() <= 254 && ADRES.matcher(tekst.strip()).matches();
    }
}
