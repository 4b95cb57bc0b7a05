package nl.gezin1plan.monitor.uitvraag;

import java.util.HashMap;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The wording of the questions, by key, for texts that must speak the user's language instead of keys. */
@Service
public class VraagTeksten {

    private static final int KORT = 60;

    private final UitvraagDefinitieRepository definities;
    private final UitvraagInhoudLezer lezer;

    VraagTeksten(UitvraagDefinitieRepository definities, UitvraagInhoudLezer lezer) {
        this.definities = definities;
        this.lezer = lezer;
    }

    /** Each question key with its text, shortened to a readable length; the newest version's wording wins. */
    @Transactional(readOnly = true)
    public Map<String, String> kort() {
        Map<String, String> teksten = new HashMap<>();
        definities.findAll(org.springframework.data.domain.Sort.by("id")).forEach(d -> lezer.van(d).vragen()
                .forEach(v -> teksten.put(v.sleutel(), kort(v.tekst()))));
        return teksten;
    }

    private static String kort(String tekst) {
        return tekst.length() <= KORT ? tekst : tekst.substring(0, KORT).strip() + " …";
    }
}
