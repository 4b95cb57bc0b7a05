package nl.gezin1plan.monitor.uitvraag;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** One version of the questionnaire with its keurmerk criteria, as loaded from {@code content/uitvraag}. */
public record UitvraagInhoud(String versie, String naam, String bron, List<Sectie> secties,
                             List<Kerncijfer> kerncijfers, List<KeurmerkCriterium> keurmerk) {

    public UitvraagInhoud {
        kerncijfers = kerncijfers == null ? List.of() : List.copyOf(kerncijfers);
    }

    public List<Vraag> vragen() {
        return secties.stream().flatMap(s -> s.vragen().stream()).toList();
    }

    public Optional<Vraag> vraag(String sleutel) {
        return vragen().stream().filter(v -> v.sleutel().equals(sleutel)).findFirst();
    }

    /** Whether the question is asked of this organisation, given the answers so far. */
    public boolean isVanToepassing(Vraag vraag, Map<String, String> antwoorden, boolean werktMetJeugd) {
        if (vraag.alleenJeugd() && !werktMetJeugd) {
            return false;
        }
        Voorwaarde voorwaarde = vraag.voorwaarde();
        if (voorwaarde == null) {
            return true;
        }
        Vraag ouder = vraag(voorwaarde.vraag()).orElseThrow();
        return isVanToepassing(ouder, antwoorden, werktMetJeugd)
                && voorwaarde.is().equals(antwoorden.get(voorwaarde.vraag()));
    }

    public List<Vraag> vanToepassing(Map<String, String> antwoorden, boolean werktMetJeugd) {
        return vragen().stream().filter(v -> isVanToepassing(v, antwoorden, werktMetJeugd)).toList();
    }

    /** Required questions that apply and have no answer yet, in questionnaire order. */
    public List<Vraag> ontbrekend(Map<String, String> antwoorden, boolean werktMetJeugd) {
        return vanToepassing(antwoorden, werktMetJeugd).stream()
                .filter(v -> v.verplicht() && !antwoorden.containsKey(v.sleutel()))
                .toList();
    }

    /** Only the answers to questions that apply: answers behind a closed branch do not count. */
    public Map<String, String> geldigeAntwoorden(Map<String, String> antwoorden, boolean werktMetJeugd) {
        Map<String, String> geldig = new LinkedHashMap<>();
        for (Vraag vraag : vanToepassing(antwoorden, werktMetJeugd)) {
            if (antwoorden.containsKey(vraag.sleutel())) {
                geldig.put(vraag.sleutel(), antwoorden.get(vraag.sleutel()));
            }
        }
        return geldig;
    }
}
