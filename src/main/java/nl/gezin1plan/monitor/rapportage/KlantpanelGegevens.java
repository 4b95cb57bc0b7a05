package nl.gezin1plan.monitor.rapportage;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What a client panel said on the four questions: one point of contact, positive and negative experiences, tips.
 */
public record KlantpanelGegevens(LocalDate datum, Integer aantalDeelnemers, String eenAanspreekpunt, String positief,
                                 String negatief, String tips) {

    public KlantpanelGegevens {
        eenAanspreekpunt = Teksten.schoon(eenAanspreekpunt);
        positief = Teksten.schoon(positief);
        negatief = Teksten.schoon(negatief);
        tips = Teksten.schoon(tips);
    }

    public Map<String, String> fouten() {
        Map<String, String> fouten = new LinkedHashMap<>();
        if (datum == null) {
            fouten.put("datum", "Vul de datum van het klantpanel in.");
        }
        if (aantalDeelnemers != null && (aantalDeelnemers < 1 || aantalDeelnemers > 10_000)) {
            fouten.put("aantalDeelnemers", "Vul een aantal deelnemers in van 1 tot en met 10.000.");
        }
        Teksten.lang(fouten, "eenAanspreekpunt", eenAanspreekpunt);
        Teksten.lang(fouten, "positief", positief);
        Teksten.lang(fouten, "negatief", negatief);
        Teksten.lang(fouten, "tips", tips);
        if (eenAanspreekpunt == null && positief == null && negatief == null && tips == null) {
            fouten.put("eenAanspreekpunt", "Vul de uitkomst van minstens één vraag in.");
        }
        return fouten;
    }
}
