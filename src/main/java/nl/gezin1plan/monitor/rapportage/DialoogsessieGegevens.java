package nl.gezin1plan.monitor.rapportage;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/** What goes well, what needs attention, and the yearly evaluation of the way of working. */
public record DialoogsessieGegevens(LocalDate datum, String gaatGoed, String aandachtspunten, String evaluatie) {

    public DialoogsessieGegevens {
        gaatGoed = Teksten.schoon(gaatGoed);
        aandachtspunten = Teksten.schoon(aandachtspunten);
        evaluatie = Teksten.schoon(evaluatie);
    }

    public Map<String, String> fouten() {
        Map<String, String> fouten = new LinkedHashMap<>();
        if (datum == null) {
            fouten.put("datum", "Vul de datum van de dialoogsessie in.");
        }
        Teksten.lang(fouten, "gaatGoed", gaatGoed);
        Teksten.lang(fouten, "aandachtspunten", aandachtspunten);
        Teksten.lang(fouten, "evaluatie", evaluatie);
        if (gaatGoed == null && aandachtspunten == null && evaluatie == null) {
            fouten.put("gaatGoed", "Vul minstens in wat goed gaat, wat aandacht vraagt of de evaluatie.");
        }
        return fouten;
    }
}
