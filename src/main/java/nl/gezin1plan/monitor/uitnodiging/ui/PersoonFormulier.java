package nl.gezin1plan.monitor.uitnodiging.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Map;

/**
 * Name and e-mail address of a person to invite, with the service's Dutch message at the field it is about, or below
 * the fields when it is about neither (the daily limit).
 */
class PersoonFormulier extends FlexLayout {

    final TextField naam = new TextField();
    final TextField email = new TextField();
    final Div melding = new Div();

    PersoonFormulier() {
        naam.setLabel(getTranslation("uitnodiging.persoon.naam"));
        email.setLabel(getTranslation("uitnodiging.persoon.email"));
        email.setHelperText(getTranslation("uitnodiging.persoon.email.uitleg"));
        for (TextField veld : new TextField[] {naam, email}) {
            veld.setRequiredIndicatorVisible(true);
            veld.setWidth("18em");
            veld.setMaxWidth("100%");
        }
        email.getElement().setAttribute("autocomplete", "email");
        addClassName("filters");
        // Side by side where there is room, one under the other on a narrow screen (320 px reflow).
        setFlexWrap(FlexWrap.WRAP);
        melding.getElement().setAttribute("role", "alert");
        melding.addClassName("formulier-melding");
        melding.setWidthFull();
        melding.setVisible(false);
        add(naam, email, melding);
    }

    void toonFouten(Map<String, String> fouten) {
        naam.setErrorMessage(fouten.get("naam"));
        naam.setInvalid(fouten.containsKey("naam"));
        email.setErrorMessage(fouten.get("email"));
        email.setInvalid(fouten.containsKey("email"));
        melding.setText(fouten.getOrDefault("limiet", ""));
        melding.setVisible(fouten.containsKey("limiet"));
    }

    void leeg() {
        naam.clear();
        email.clear();
        toonFouten(Map.of());
    }
}
