package nl.gezin1plan.monitor.uitnodiging;

import java.util.regex.Pattern;

/** Whether text can be an e-mail address to invite: one @, a dot in the domain, no spaces, at most 254 characters. */
final class EmailAdres {

    private static final Pattern ADRES = Pattern.compile("[^@\\s<>,;]+@[^@\\s<>,;]+\\.[^@\\s<>,;]+");

    private EmailAdres() {
    }

    static boolean isGeldig(String tekst) {
        return tekst != null && tekst.strip().length() <= 254 && ADRES.matcher(tekst.strip()).matches();
    }
}
