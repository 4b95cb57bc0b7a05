package nl.gezin1plan.monitor.rapportage;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/** What is recorded of an accountgesprek. */
public record AccountgesprekGegevens(LocalDate datum, String deelnemers, String voortgang, String kansen,
                                     String belemmeringen, String vervolgactie, String vervolgEigenaar,
                                     LocalDate vervolgDatum) {

    static final int MAX_TEKST = 4000;

    public AccountgesprekGegevens {
        deelnemers = schoon(deelnemers);
        voortgang = schoon(voortgang);
        kansen = schoon(kansen);
        belemmeringen = schoon(belemmeringen);
        vervolgactie = schoon(vervolgactie);
        vervolgEigenaar = schoon(vervolgEigenaar);
    }

    public Map<String, String> fouten() {
        Map<String, String> fouten = new LinkedHashMap<>();
        if (datum == null) {
            fouten.put("datum", "Vul de datum van het gesprek in.");
        }
        if (deelnemers == null) {
            fouten.put("deelnemers", "Vul in wie aan het gesprek deelnamen.");
        } else if (deelnemers.length() > 500) {
            fouten.put("deelnemers", "Maximaal 500 tekens.");
        }
        lang(fouten, "voortgang", voortgang, MAX_TEKST);
        lang(fouten, "kansen", kansen, MAX_TEKST);
        lang(fouten, "belemmeringen", belemmeringen, MAX_TEKST);
        lang(fouten, "vervolgactie", vervolgactie, 2000);
        lang(fouten, "vervolgEigenaar", vervolgEigenaar, 200);
        if (vervolgactie != null && (vervolgEigenaar == null || vervolgDatum == null)) {
            fouten.put("vervolgactie", "Geef bij een vervolgactie ook de eigenaar en de datum.");
        }
        return fouten;
    }

    private static void lang(Map<String, String> fouten, String veld, String waarde, int max) {
        if (waarde != null && waarde.length() > max) {
            fouten.put(veld, "Maximaal " + max + " tekens; nu " + waarde.length() + ".");
        }
    }

    private static String schoon(String waarde) {
        return waarde == null || waarde.isBlank() ? null : waarde.strip();
    }
}
