package nl.gezin1plan.monitor.beheer;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;
import nl.gezin1plan.monitor.organisatie.Rol;

/** A person the beheerder adds, with the gemeente, afdeling or organisation their role applies to. */
public record NieuweGebruiker(String gebruikersnaam, String naam, String email, Rol rol, Long gemeenteId,
                              Long afdelingId, Long organisatieId, String wachtwoord) {

    static final Pattern GEBRUIKERSNAAM = Pattern.compile("[a-z0-9._-]{3,100}");
    static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
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
        if (naam.isEmpty() || naam.length() > 200) {
            fouten.put("naam", "Vul een naam in van hoogstens 200 tekens.");
        }
        if (email != null && (email.length() > 254 || !EMAIL.matcher(email).matches())) {
            fouten.put("email", "Vul een geldig e-mailadres in, bijvoorbeeld naam@gemeente.nl.");
        }
        if (rol == null) {
            fouten.put("rol", "Kies een rol.");
        } else if (rol == Rol.AGENDAHOUDER && gemeenteId == null) {
            fouten.put("gemeente", "Kies de gemeente van de agendahouder.");
        } else if (rol == Rol.AANDACHTSFUNCTIONARIS && afdelingId == null) {
            fouten.put("afdeling", "Kies de afdeling van de aandachtsfunctionaris.");
        } else if (rol == Rol.ORGANISATIE && organisatieId == null) {
            fouten.put("organisatie", "Kies de organisatie.");
        }
        if (wachtwoord.length() < MINIMALE_WACHTWOORDLENGTE) {
            fouten.put("wachtwoord", "Kies een wachtwoord van minstens " + MINIMALE_WACHTWOORDLENGTE + " tekens.");
        }
        return fouten;
    }
}
