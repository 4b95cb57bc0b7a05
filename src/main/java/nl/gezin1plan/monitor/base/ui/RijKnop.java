package nl.gezin1plan.monitor.base.ui;

import com.vaadin.flow.component.ClickEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;

/**
 * A button in a grid row. Its accessible name also says which row it acts on ("Bewerken A1"): screen readers list
 * a page's buttons out of their rows, and twenty buttons all called "Bewerken" do not tell them apart.
 */
public final class RijKnop {

    private RijKnop() {
    }

    public static Button van(String tekst, String rij, ComponentEventListener<ClickEvent<Button>> klik) {
        Button knop = new Button(tekst, klik);
        knop.getElement().setAttribute("aria-label", tekst + " " + rij);
        return knop;
    }
}
