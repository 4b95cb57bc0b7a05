package nl.gezin1plan.monitor.beheer;

import java.util.LinkedHashMap;
import java.util.Map;
import nl.gezin1plan.monitor.mail.EmailAdres;
import nl.gezin1plan.monitor.organisatie.Rol;

/** Who a person is and what their role applies to: a gemeente, afdeling or organisation, or the whole region. */
public record GebruikerGegevens(String naam, String email, Rol rol, Long gemeenteId, Long afdelingId,
                                Long organisatieId) {

    public GebruikerGegevens {
        naam = naam == null ? "" : naam.strip();
        email = email == null || email.isBlank() ? null : email.strip();
    }

    /** Field name to a message; empty when the data may be saved. */
    public Map<String, String> fouten() {
        Map<String, String> fouten = new LinkedHashMap<>();
        if (naam.isEmpty() || naam.length() > 200) {
            fouten.put("naam", "Vul een naam in van hoogstens 200 tekens.");
        }
        if (email != null && !EmailAdres.isGeldig(email)) {
            fouten.put("email", "Vul een geldig e-mailadres in, bijvoorbeeld naam@gemeente.nl.");
        }
        if (rol == null) {
            fouten.put("rol", "Kies een rol.");
        } else if (rol.eenheid() == Rol.Eenheid.GEMEENTE && gemeenteId == null) {
            fouten.put("gemeente", "Kies de gemeente van de " + rol.label().toLowerCase(java.util.Locale.ROOT) + ".");
        } else if (rol.eenheid() == Rol.Eenheid.AFDELING && afdelingId == null) {
            fouten.put("afdeling", "Kies de afdeling van de " + rol.label().toLowerCase(java.util.Locale.ROOT) + ".");
        } else if (rol.eenheid() == Rol.Eenheid.ORGANISATIE && organisatieId == null) {
            fouten.put("organisatie", "Kies de organisatie.");
        }
        return fouten;
    }
}
