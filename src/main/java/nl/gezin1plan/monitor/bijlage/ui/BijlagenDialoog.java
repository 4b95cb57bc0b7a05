package nl.gezin1plan.monitor.bijlage.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import nl.gezin1plan.monitor.bijlage.BijlageService;
import nl.gezin1plan.monitor.bijlage.BijlageSoort;

/** The {@link BijlagenLijst} of one row in a grid (an accountgesprek, a keurmerk criterion), in a dialog of its own. */
public class BijlagenDialoog extends Dialog {

    public BijlagenDialoog(BijlageService service, BijlageSoort soort, long onderwerpId, String sleutel, String onderwerp) {
        setHeaderTitle(getTranslation("bijlage.titel") + " – " + onderwerp);
        setWidth("min(40rem, 100vw)");
        add(new BijlagenLijst(service, soort, onderwerpId, sleutel, onderwerp));
        getFooter().add(new Button(getTranslation("item.sluiten"), e -> close()));
    }
}
