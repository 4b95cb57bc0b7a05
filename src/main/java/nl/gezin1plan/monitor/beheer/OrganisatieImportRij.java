package nl.gezin1plan.monitor.beheer;

import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import nl.gezin1plan.monitor.base.OngeldigeInvoer;
import nl.gezin1plan.monitor.organisatie.OrganisatieType;
import nl.gezin1plan.monitor.organisatie.Rol;
import nl.gezin1plan.monitor.security.HuidigeGebruiker;

/** Turns one import row into register data, or says in plain words what is wrong with it. */
final class OrganisatieImportRij {

    private OrganisatieImportRij() {
    }

    static OrganisatieGegevens naarGegevens(OrganisatieCsv.Rij rij, HuidigeGebruiker gebruiker, Map<String, Long> gemeenteIds) {
        Map<String, String> fouten = new LinkedHashMap<>();
        OrganisatieType type = rij.get("type").isEmpty() ? OrganisatieType.OVERIG : OrganisatieRegisterService.type(rij.get("type"));
        if (type == null) {
            fouten.put("type", "Onbekend soort organisatie '" + rij.get("type") + "'. Gebruik bijvoorbeeld: "
                    + String.join(", ", Arrays.stream(OrganisatieType.values()).map(OrganisatieType::label).toList()) + ".");
        }
        String jeugd = rij.get("jeugd").toLowerCase(Locale.ROOT);
        if (!List.of("", "ja", "nee", "j", "n", "true", "false").contains(jeugd)) {
            fouten.put("jeugd", "Vul bij 'jeugd' ja of nee in.");
        }
        Set<Long> ids = new HashSet<>();
        for (String naam : rij.get("gemeenten").split("[|,]")) {
            if (!naam.isBlank()) {
                Long id = gemeenteIds.get(naam.strip().toLowerCase(Locale.ROOT));
                if (id == null) {
                    fouten.put("gemeenten", "Onbekende gemeente '" + naam.strip() + "'.");
                } else {
                    ids.add(id);
                }
            }
        }
        if (ids.isEmpty() && gebruiker.rol() == Rol.AGENDAHOUDER) {
            ids.add(gebruiker.gemeenteId());
        }
        if (!fouten.isEmpty()) {
            throw new OngeldigeInvoer(fouten);
        }
        List<OrganisatieGegevens.Contact> contacten = rij.get("contact_naam").isEmpty() && rij.get("contact_email").isEmpty()
                ? List.of() : List.of(new OrganisatieGegevens.Contact(rij.get("contact_naam"), rij.get("contact_email"),
                rij.get("contact_rol")));
        return new OrganisatieGegevens(rij.get(OrganisatieCsv.NAAM), rij.get("kvk"), type,
                jeugd.equals("ja") || jeugd.equals("j") || jeugd.equals("true"), ids, contacten);
    }
}
