package nl.gezin1plan.monitor.keurmerk;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.gezin1plan.monitor.uitvraag.UitvraagInhoud;
import nl.gezin1plan.monitor.uitvraag.Voorwaarde;
import nl.gezin1plan.monitor.uitvraag.Vraag;

/**
 * Derives each criterion from the answers, by the rules in the questionnaire's data. A condition on a question
 * that was not asked because of an earlier answer counts as not met (the route excludes it); a condition on a
 * question not yet answered leaves the criterion unknown.
 */
public final class KeurmerkUitslagBerekening {

    private KeurmerkUitslagBerekening() {
    }

    public static KeurmerkUitslag bereken(UitvraagInhoud inhoud, Map<String, String> antwoorden, boolean werktMetJeugd,
                                          Map<String, CriteriumUitslag.Oordeel> oordelen) {
        List<CriteriumUitslag> uitslagen = new ArrayList<>();
        for (KeurmerkCriterium criterium : KeurmerkCriteria.van(inhoud)) {
            uitslagen.add(bereken(inhoud, criterium, antwoorden, werktMetJeugd, oordelen.get(criterium.sleutel())));
        }
        return new KeurmerkUitslag(uitslagen);
    }

    private static CriteriumUitslag bereken(UitvraagInhoud inhoud, KeurmerkCriterium criterium,
                                            Map<String, String> antwoorden, boolean werktMetJeugd,
                                            CriteriumUitslag.Oordeel oordeel) {
        if (criterium.alleenJeugd() && !werktMetJeugd) {
            return new CriteriumUitslag(criterium, Uitkomst.NIET_VAN_TOEPASSING, oordeel, List.of());
        }
        List<String> nietVoldaan = new ArrayList<>();
        List<String> onbeantwoord = new ArrayList<>();
        for (Voorwaarde voorwaarde : criterium.regel()) {
            Vraag vraag = inhoud.vraag(voorwaarde.vraag()).orElseThrow();
            String antwoord = antwoorden.get(vraag.sleutel());
            if (!inhoud.isVanToepassing(vraag, antwoorden, werktMetJeugd)) {
                if (vraag.voorwaarde() != null && antwoorden.containsKey(vraag.voorwaarde().vraag())) {
                    nietVoldaan.add(vraag.tekst() + " (niet van toepassing door een eerder antwoord)");
                } else {
                    onbeantwoord.add("Nog niet beantwoord: " + vraag.tekst());
                }
            } else if (antwoord == null) {
                onbeantwoord.add("Nog niet beantwoord: " + vraag.tekst());
            } else if (!antwoord.equals(voorwaarde.is())) {
                nietVoldaan.add(vraag.tekst() + " Antwoord: " + antwoord + ".");
            }
        }
        Uitkomst uitkomst = !nietVoldaan.isEmpty() ? Uitkomst.NIET_VOLDAAN
                : !onbeantwoord.isEmpty() ? Uitkomst.ONBEKEND : Uitkomst.VOLDAAN;
        List<String> openPunten = new ArrayList<>(nietVoldaan);
        openPunten.addAll(onbeantwoord);
        return new CriteriumUitslag(criterium, uitkomst, oordeel, openPunten);
    }
}
