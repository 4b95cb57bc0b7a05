package nl.gezin1plan.monitor.checklist;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/** What a user changes on a checklist item. {@link #fouten()} lists what is wrong, per field. */
public record ItemWijziging(String geplandeActie, String verantwoordelijke, LocalDate planning, ItemStatus status,
                            String redenNietVanToepassing, String notitie) {

    public static final int MAX_ACTIE = 2000;
    public static final int MAX_VERANTWOORDELIJKE = 200;
    public static final int MAX_REDEN = 1000;
    public static final int MAX_NOTITIE = 4000;
    public static final LocalDate VROEGSTE_PLANNING = LocalDate.of(2000, 1, 1);
    public static final LocalDate LAATSTE_PLANNING = LocalDate.of(2099, 12, 31);

    public ItemWijziging {
        geplandeActie = leegAlsNull(geplandeActie);
        verantwoordelijke = leegAlsNull(verantwoordelijke);
        redenNietVanToepassing = leegAlsNull(redenNietVanToepassing);
        notitie = leegAlsNull(notitie);
    }

    /** Field name to a message a user understands; empty when the change may be saved. */
    public Map<String, String> fouten() {
        Map<String, String> fouten = new LinkedHashMap<>();
        if (status == null) {
            fouten.put("status", "Kies een status.");
        }
        teLang(fouten, "geplandeActie", geplandeActie, MAX_ACTIE);
        teLang(fouten, "verantwoordelijke", verantwoordelijke, MAX_VERANTWOORDELIJKE);
        teLang(fouten, "redenNietVanToepassing", redenNietVanToepassing, MAX_REDEN);
        teLang(fouten, "notitie", notitie, MAX_NOTITIE);
        if ((status == ItemStatus.IN_UITVOERING || status == ItemStatus.GEREED) && geplandeActie == null) {
            fouten.putIfAbsent("geplandeActie", "Beschrijf de geplande actie bij de status '" + status.label() + "'.");
        }
        if (status == ItemStatus.NIET_VAN_TOEPASSING && redenNietVanToepassing == null) {
            fouten.putIfAbsent("redenNietVanToepassing", "Geef aan waarom dit item niet van toepassing is.");
        }
        if (planning != null && (planning.isBefore(VROEGSTE_PLANNING) || planning.isAfter(LAATSTE_PLANNING))) {
            fouten.put("planning", "Kies een datum tussen 01-01-2000 en 31-12-2099.");
        }
        return fouten;
    }

    private static void teLang(Map<String, String> fouten, String veld, String waarde, int max) {
        if (waarde != null && waarde.length() > max) {
            fouten.put(veld, "Maximaal " + max + " tekens; nu " + waarde.length() + ".");
        }
    }

    private static String leegAlsNull(String waarde) {
        return waarde == null || waarde.isBlank() ? null : waarde.strip();
    }
}
