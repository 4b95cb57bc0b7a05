package nl.gezin1plan.monitor.uitvraag;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One version of the questionnaire, as loaded from {@code content/uitvraag}. The file holds sections that other modules
 * read themselves from {@link #tekst()} (the keurmerk criteria, in "keurmerk"), so that their types stay theirs.
 */
@JsonIgnoreProperties({"keurmerk"})
public record UitvraagInhoud(String versie, String naam, String bron, List<Sectie> secties,
                             List<Kerncijfer> kerncijfers, @JsonIgnore String tekst,
                             @JsonIgnore Map<String, Vraag> index) {

    /** As read from a content file: the index of questions by key is built here. */
    public UitvraagInhoud {
        kerncijfers = kerncijfers == null ? List.of() : List.copyOf(kerncijfers);
        Map<String, Vraag> perSleutel = new LinkedHashMap<>();
        secties.forEach(s -> s.vragen().forEach(v -> perSleutel.put(v.sleutel(), v)));
        index = java.util.Collections.unmodifiableMap(perSleutel);
    }

    /** The same version with the content file's text, for the sections other modules read. */
    UitvraagInhoud metTekst(String tekst) {
        return new UitvraagInhoud(versie, naam, bron, secties, kerncijfers, tekst, index);
    }

    public List<Vraag> vragen() {
        return List.copyOf(index.values());
    }

    public Optional<Vraag> vraag(String sleutel) {
        return Optional.ofNullable(index.get(sleutel));
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
        Vraag ouder = index.get(voorwaarde.vraag());
        return isVanToepassing(ouder, antwoorden, werktMetJeugd)
                && voorwaarde.is().equals(antwoorden.get(voorwaarde.vraag()));
    }

    public List<Vraag> vanToepassing(Map<String, String> antwoorden, boolean werktMetJeugd) {
        return index.values().stream().filter(v -> isVanToepassing(v, antwoorden, werktMetJeugd)).toList();
    }

    /** Required questions that apply to this organisation, given the answers so far. */
    public List<Vraag> verplicht(Map<String, String> antwoorden, boolean werktMetJeugd) {
        return vanToepassing(antwoorden, werktMetJeugd).stream().filter(Vraag::verplicht).toList();
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
