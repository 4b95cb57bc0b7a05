package nl.gezin1plan.monitor.bijlage.ui;

import com.vaadin.flow.component.details.Details;
import nl.gezin1plan.monitor.bijlage.BijlageService;
import nl.gezin1plan.monitor.bijlage.BijlageSoort;

/**
 * "Bijlagen (2)" that opens into the {@link BijlagenLijst}, for a page with many objects (every question of an
 * uitvraag): the list and its upload are made only when it is opened.
 */
public class BijlagenOpvouwbaar extends Details {

    BijlagenLijst lijst;

    public BijlagenOpvouwbaar(BijlageService service, BijlageSoort soort, long onderwerpId, String sleutel,
                              String onderwerp, int aantal) {
        toonAantal(aantal);
        addClassName("bijlagen-opvouwbaar");
        addOpenedChangeListener(e -> {
            if (e.isOpened() && lijst == null) {
                lijst = new BijlagenLijst(service, soort, onderwerpId, sleutel, onderwerp);
                lijst.bijNieuwAantal(this::toonAantal);
                add(lijst);
            }
        });
    }

    private void toonAantal(int aantal) {
        setSummaryText(getTranslation("bijlage.titel") + " (" + aantal + ")");
    }
}
