package nl.gezin1plan.monitor.account.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.Autocomplete;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.Map;
import nl.gezin1plan.monitor.account.WachtwoordHerstelService;

/** "Wachtwoord vergeten?": asks for a user name or e-mail address and always gives the same answer. */
@Route(value = "wachtwoord-vergeten", autoLayout = false)
@PageTitle("Wachtwoord vergeten | 1Gezin1Plan implementatiemonitor")
@AnonymousAllowed
public class WachtwoordVergetenView extends Main {

    final TextField invoer = new TextField();
    final Button versturen = new Button();

    public WachtwoordVergetenView(WachtwoordHerstelService herstel) {
        addClassName("tekst-pagina");
        invoer.setLabel(getTranslation("account.vergeten.invoer"));
        invoer.setRequiredIndicatorVisible(true);
        invoer.setMaxLength(254);
        invoer.setAutocomplete(Autocomplete.USERNAME);
        invoer.setWidthFull();
        versturen.setText(getTranslation("account.vergeten.versturen"));
        versturen.addThemeVariants(ButtonVariant.PRIMARY);
        versturen.addClickShortcut(Key.ENTER);
        versturen.addClickListener(e -> {
            if (invoer.getValue().isBlank()) {
                Foutmeldingen.toon(Map.of("invoer", invoer), Map.of("invoer", getTranslation("account.vergeten.leeg")));
                return;
            }
            VaadinRequest verzoek = VaadinRequest.getCurrent();
            herstel.vraagAan(invoer.getValue(), verzoek == null ? null : verzoek.getRemoteAddr());
            Uitkomst.toon(this, "account.vergeten.titel", "account.vergeten.verstuurd");
        });
        add(new H1(getTranslation("account.vergeten.titel")),
                new Paragraph(getTranslation("account.vergeten.uitleg")),
                invoer, versturen, Uitkomst.naarInloggen(this));
    }
}
