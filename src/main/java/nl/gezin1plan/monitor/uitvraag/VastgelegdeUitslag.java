package nl.gezin1plan.monitor.uitvraag;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The progress and keurmerk of one uitvraag as last computed and kept on its row: the share of required questions
 * answered, the outcome overall and per criterion (names of the keurmerk outcomes, e.g. {@code VOLDAAN}).
 */
public record VastgelegdeUitslag(int procentBeantwoord, String totaal, Map<String, String> criteria) {

    String criteriaAlsTekst() {
        return criteria.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining(";"));
    }

    static Map<String, String> criteriaUit(String tekst) {
        Map<String, String> criteria = new LinkedHashMap<>();
        if (tekst != null && !tekst.isEmpty()) {
            for (String paar : tekst.split(";")) {
                int is = paar.indexOf('=');
                criteria.put(paar.substring(0, is), paar.substring(is + 1));
            }
        }
        return criteria;
    }
}
