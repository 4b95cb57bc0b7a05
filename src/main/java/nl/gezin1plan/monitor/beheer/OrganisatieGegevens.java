package nl.gezin1plan.monitor.beheer;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import nl.gezin1plan.monitor.mail.EmailAdres;
import nl.gezin1plan.monitor.organisatie.OrganisatieType;

/** What the register keeps of an organisation, as a form or an import row gives it. */
public record OrganisatieGegevens(String naam, String kvkNummer, OrganisatieType type, boolean werktMetJeugd,
                                  Set<Long> gemeenteIds, List<Contact> contactpersonen) {

    private static final Pattern KVK = Pattern.compile("\\d{8}");
    static final int MAX_NAAM = 200;
    static final int MAX_ROL = 100;

    public record Contact(String naam, String email, String rol) {

        public Contact {
            naam = naam == null ? "" : naam.strip();
            email = email == null || email.isBlank() ? null : email.strip();
            rol = rol == null || rol.isBlank() ? null : rol.strip();
        }
    }

    public OrganisatieGegevens {
        naam = naam == null ? "" : naam.strip();
        kvkNummer = kvkNummer == null || kvkNummer.isBlank() ? null : kvkNummer.strip().replace(" ", "");
        gemeenteIds = gemeenteIds == null ? Set.of() : Set.copyOf(gemeenteIds);
        contactpersonen = contactpersonen == null ? List.of() : List.copyOf(contactpersonen);
    }

    /** Field name to a message; empty when the organisation may be saved. */
    public Map<String, String> fouten() {
        Map<String, String> fouten = new LinkedHashMap<>();
        if (naam.isEmpty() || naam.length() > MAX_NAAM) {
            fouten.put("naam", "Vul de naam in, hoogstens " + MAX_NAAM + " tekens.");
        }
        if (kvkNummer != null && !KVK.matcher(kvkNummer).matches()) {
            fouten.put("kvkNummer", "Een KvK-nummer bestaat uit precies 8 cijfers.");
        }
        if (type == null) {
            fouten.put("type", "Kies het soort organisatie.");
        }
        if (gemeenteIds.isEmpty()) {
            fouten.put("gemeenten", "Kies minstens één gemeente waarvoor de organisatie werkt.");
        }
        for (int i = 0; i < contactpersonen.size(); i++) {
            Contact contact = contactpersonen.get(i);
            if (contact.naam().isEmpty() || contact.naam().length() > MAX_NAAM) {
                fouten.put("contactpersonen", "Contactpersoon " + (i + 1) + ": vul een naam in.");
            } else if (contact.email() != null && !EmailAdres.isGeldig(contact.email())) {
                fouten.put("contactpersonen", "Contactpersoon " + (i + 1) + ": vul een geldig e-mailadres in.");
            } else if (contact.rol() != null && contact.rol().length() > MAX_ROL) {
                fouten.put("contactpersonen", "Contactpersoon " + (i + 1) + ": de rol is hoogstens " + MAX_ROL + " tekens.");
            }
        }
        return fouten;
    }
}
