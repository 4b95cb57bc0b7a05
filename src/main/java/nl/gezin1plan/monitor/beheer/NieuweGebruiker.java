package nl.gezin1plan.monitor.beheer;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;
import nl.gezin1plan.monitor.organisatie.Gebruiker;
import nl.gezin1plan.monitor.organisatie.Rol;

/**
 * A person the beheerder adds, with the gemeente, afdeling or organisation their role applies to, and either a first
 * password or ({@code uitnodigen}) an invitation by e-mail to choose one themselves.
 */
public record NieuweGebruiker(String gebruikersnaam, String naam, String email, Rol rol, Long gemeenteId,
                              Long afdelingId, Long organisatieId, String wachtwoord, boolean uitnodigen) {

    static final Pattern GEBRUIKERSNAAM = Pattern.compile("[a-z0-9._-]{3,100}");
    /** An e-mail address as user name; lower case, as login lower-cases a typed name with an @. */
    static final Pattern EMAIL_ALS_GEBRUIKERSNAAM = Pattern.compile("[^@\\sA-Z]{1,64}@[^@\\sA-Z]+\\.[^@\\sA-Z]+");
    public static final int MINIMALE_WACHTWOORDLENGTE = 12;

    public NieuweGebruiker {
        gebruikersnaam = gebruikersnaam == null ? "" : Gebruiker.gebruikersnaam(gebruikersnaam.strip());
        naam = naam == null ? "" : naam.strip();
        email = email == null || email.isBlank() ? null : email.strip();
        wachtwoord = wachtwoord == null || uitnodigen ? "" : wachtwoord;
    }

    /** A person with a first password the beheerder passes on. */
    public NieuweGebruiker(String gebruikersnaam, String naam, String email, Rol rol, Long gemeenteId,
                           Long afdelingId, Long organisatieId, String wachtwoord) {
        this(gebruikersnaam, naam, email, rol, gemeenteId, afdelingId, organisatieId, wachtwoord, false);
    }

    /** Field name to a message; empty when the person may be added. */
    public Map<String, String> fouten() {
        Map<String, String> fouten = new LinkedHashMap<>();
        if (!GEBRUIKERSNAAM.matcher(gebruikersnaam).matches() && !(gebruikersnaam.length() <= 100
                && EMAIL_ALS_GEBRUIKERSNAAM.matcher(gebruikersnaam).matches())) {
            fouten.put("gebruikersnaam", "Gebruik 3 tot 100 kleine letters, cijfers, punt, streepje of liggend streepje,"
                    + " of een e-mailadres.");
        }
        fouten.putAll(gegevens().fouten());
        if (uitnodigen && email == null) {
            fouten.put("email", "Vul het e-mailadres in: daar gaat de uitnodiging heen.");
        } else if (!uitnodigen && wachtwoord.length() < MINIMALE_WACHTWOORDLENGTE) {
            fouten.put("wachtwoord", "Kies een wachtwoord van minstens " + MINIMALE_WACHTWOORDLENGTE + " tekens.");
        }
        return fouten;
    }

    GebruikerGegevens gegevens() {
        return new GebruikerGegevens(naam, email, rol, gemeenteId, afdelingId, organisatieId);
    }
}
