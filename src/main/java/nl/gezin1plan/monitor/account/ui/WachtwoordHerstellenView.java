package nl.gezin1plan.monitor.account.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.Map;
import nl.gezin1plan.monitor.account.WachtwoordHerstelService;
import nl.gezin1plan.monitor.account.WachtwoordRegels;
import nl.gezin1plan.monitor.base.OngeldigeInvoer;

/** Where the link in the reset e-mail leads: a new password, or an explanation when the link no longer works. */
@Route(value = "wachtwoord-herstellen/:code", autoLayout = false)
@PageTitle("Nieuw wachtwoord | 1Gezin1Plan implementatiemonitor")
@AnonymousAllowed
public class WachtwoordHerstellenView extends Main implements BeforeEnterObserver {

    private final WachtwoordHerstelService herstel;
    final PasswordField wachtwoord = new PasswordField();
    final PasswordField herhaling = new PasswordField();
    final Button opslaan = new Button();

    public WachtwoordHerstellenView(WachtwoordHerstelService herstel) {
        this.herstel = herstel;
        addClassName("tekst-pagina");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String code = event.getRouteParameters().get("code").orElse("");
        if (herstel.isGeldig(code)) {
            formulier(code);
        } else {
            ongeldig();
        }
    }

    private void formulier(String code) {
        removeAll();
        WachtwoordVelden.nieuw(wachtwoord, herhaling);
        opslaan.setText(getTranslation("account.herstel.opslaan"));
        opslaan.addThemeVariants(ButtonVariant.PRIMARY);
        opslaan.addClickListener(e -> {
            try {
                herstel.herstel(code, wachtwoord.getValue(), herhaling.getValue());
                Uitkomst.toon(this, "account.herstel.gelukt.titel", "account.herstel.gelukt");
            } catch (OngeldigeInvoer fout) {
                if (fout.fouten().containsKey("code")) {
                    ongeldig();
                } else {
                    Foutmeldingen.toon(Map.of("wachtwoord", wachtwoord, "herhaling", herhaling), fout.fouten());
                }
            }
        });
        add(new H1(getTranslation("account.herstel.titel")),
                new Paragraph(getTranslation("account.herstel.uitleg", WachtwoordRegels.MINIMALE_LENGTE)),
                wachtwoord, herhaling, opslaan);
    }

    private void ongeldig() {
        removeAll();
        add(new H1(getTranslation("account.herstel.ongeldig.titel")),
                new Paragraph(getTranslation("account.herstel.ongeldig")),
                new Paragraph(new Anchor("wachtwoord-vergeten", getTranslation("account.herstel.nieuwe-link"))),
                Uitkomst.naarInloggen(this));
    }
}
