package nl.gezin1plan.monitor.account.ui;

import com.vaadin.flow.component.textfield.Autocomplete;
import com.vaadin.flow.component.textfield.PasswordField;

/** The two fields for a new password, labelled and marked for password managers. */
final class WachtwoordVelden {

    private WachtwoordVelden() {
    }

    static void nieuw(PasswordField wachtwoord, PasswordField herhaling) {
        wachtwoord.setLabel(wachtwoord.getTranslation("account.nieuw-wachtwoord"));
        herhaling.setLabel(herhaling.getTranslation("account.herhaling"));
        for (PasswordField veld : new PasswordField[] {wachtwoord, herhaling}) {
            veld.setRequiredIndicatorVisible(true);
            veld.setAutocomplete(Autocomplete.NEW_PASSWORD);
            veld.setWidthFull();
        }
    }
}
