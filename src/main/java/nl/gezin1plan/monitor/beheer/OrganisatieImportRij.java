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
import nl.gezin1plan.monitor.security.Scope;

/** One import row turned into register data that passed every check that needs no database. */
record OrganisatieImportRij(long regelnummer, OrganisatieGegevens gegevens) {

    /**
     * The row as register data, or {@link OngeldigeInvoer} that says in plain words what is wrong with it. A row that
     * names no gemeente works for the gemeente of the importer's scope, if it has one.
     */
    static OrganisatieImportRij van(OrganisatieCsv.Rij rij, Scope scope, Map<String, Long> gemeenteIds) {
        Map<String, String> fouten = new LinkedHashMap<>();
        OrganisatieType type = rij.get("type").isEmpty() ? OrganisatieType.OVERIG : type(rij.get("type"));
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
        if (ids.isEmpty()) {
            scope.gemeente().ifPresent(ids::add);
        }
        if (!fouten.isEmpty()) {
            throw new OngeldigeInvoer(fouten);
        }
        List<OrganisatieGegevens.Contact> contacten = rij.get("contact_naam").isEmpty() && rij.get("contact_email").isEmpty()
                ? List.of() : List.of(new OrganisatieGegevens.Contact(rij.get("contact_naam"), rij.get("contact_email"),
                rij.get("contact_rol")));
        OrganisatieGegevens gegevens = new OrganisatieGegevens(rij.get(OrganisatieCsv.NAAM), rij.get("kvk"), type,
                jeugd.equals("ja") || jeugd.equals("j") || jeugd.equals("true"), ids, contacten);
        if (!gegevens.fouten().isEmpty()) {
            throw new OngeldigeInvoer(gegevens.fouten());
        }
        return new OrganisatieImportRij(rij.regelnummer(), gegevens);
    }

    /** The key by which a row without KvK-nummer finds an organisation of the same name. */
    static String naamSleutel(String naam) {
        return naam.toLowerCase(Locale.ROOT);
    }

    private static OrganisatieType type(String waarde) {
        for (OrganisatieType type : OrganisatieType.values()) {
            if (type.name().equalsIgnoreCase(waarde.replace('-', '_').replace(' ', '_')) || type.label().equalsIgnoreCase(waarde)) {
                return type;
            }
        }
        return null;
    }
}
