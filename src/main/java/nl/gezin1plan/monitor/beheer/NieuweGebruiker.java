package nl.gezin1plan.monitor.beheer;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;
import nl.gezin1plan.monitor.organisatie.Rol;

/** A person the beheerder adds, with the gemeente, afdeling or organisation their role applies to. */
public record NieuweGebruiker(String gebruikersnaam, String naam, String email, Rol rol, Long gemeenteId,
                              Long afdelingId, Long organisatieId, String wachtwoord) {

    static final Pattern GEBRUIKERSNAAM = Pattern.compile("[a-z0-9._-]{3,100}");
    public static final int MINIMALE_WACHTWOORDLENGTE = 12;

    public NieuweGebruiker {
        gebruikersnaam = gebruikersnaam == null ? "" : gebruikersnaam.strip();
        naam = naam == null ? "" : naam.strip();
        email = email == null || email.isBlank() ? null : email.strip();
        wachtwoord = wachtwoord == null ? "" : wachtwoord;
    }

    /** Field name to a message; empty when the person may be added. */
    public Map<String, String> fouten() {
        Map<String, String> fouten = new LinkedHashMap<>();
        if (!GEBRUIKERSNAAM.matcher(gebruikersnaam).matches()) {
            fouten.put("gebruikersnaam", "Gebruik 3 tot 100 kleine letters, cijfers, punt, streepje of liggend streepje.");
        }
        fouten.putAll(gegevens().fouten());
        if (wachtwoord.length() < MINIMALE_WACHTWOORDLENGTE) {
            fouten.put("wachtwoord", "Kies een wachtwoord van minstens " + MINIMALE_WACHTWOORDLENGTE + " tekens.");
        }
        return fouten;
    }

    GebruikerGegevens gegevens() {
        return new GebruikerGegevens(naam, email, rol, gemeenteId, afdelingId, organisatieId);
    }
}
