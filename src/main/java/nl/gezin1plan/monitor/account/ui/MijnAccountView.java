package nl.gezin1plan.monitor.account.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.Autocomplete;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import java.util.Map;
import nl.gezin1plan.monitor.account.MijnAccount;
import nl.gezin1plan.monitor.account.MijnAccountService;
import nl.gezin1plan.monitor.account.WachtwoordRegels;
import nl.gezin1plan.monitor.base.OngeldigeInvoer;

/** "Mijn account", for every role: name and e-mail address, the weekly overview, and a new password. */
@Route("account")
@PageTitle("Mijn account | 1Gezin1Plan implementatiemonitor")
@PermitAll
public class MijnAccountView extends Main {

    private final MijnAccountService service;
    final TextField naam = new TextField();
    final EmailField email = new EmailField();
    final Checkbox weekoverzicht = new Checkbox();
    final PasswordField huidig = new PasswordField();
    final PasswordField nieuw = new PasswordField();
    final PasswordField herhaling = new PasswordField();

    public MijnAccountView(MijnAccountService service) {
        this.service = service;
        addClassName("tekst-pagina");
        MijnAccount account = service.gegevens();
        add(new H1(getTranslation("account.titel")),
                new Paragraph(getTranslation("account.gebruikersnaam", account.gebruikersnaam())),
                gegevens(account), weekoverzicht(account), wachtwoord());
    }

    private Section gegevens(MijnAccount account) {
        naam.setLabel(getTranslation("account.naam"));
        naam.setValue(account.naam());
        naam.setAutocomplete(Autocomplete.NAME);
        email.setLabel(getTranslation("account.email"));
        email.setValue(account.email() == null ? "" : account.email());
        email.setHelperText(getTranslation("account.email.hulp"));
        email.setAutocomplete(Autocomplete.EMAIL);
        for (var veld : List.of(naam, email)) {
            veld.setRequiredIndicatorVisible(true);
            veld.setWidthFull();
        }
        Button opslaan = new Button(getTranslation("account.gegevens.opslaan"), e -> bewaar(() ->
                service.wijzigGegevens(naam.getValue(), email.getValue()), "account.gegevens.opgeslagen",
                Map.of("naam", naam, "email", email)));
        opslaan.addThemeVariants(ButtonVariant.PRIMARY);
        return sectie("account.gegevens", naam, email, opslaan);
    }

    private Section weekoverzicht(MijnAccount account) {
        weekoverzicht.setLabel(getTranslation("account.weekoverzicht"));
        weekoverzicht.setValue(account.weekoverzicht());
        weekoverzicht.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                service.zetWeekoverzicht(e.getValue());
                Notification.show(getTranslation(e.getValue() ? "account.weekoverzicht.aan" : "account.weekoverzicht.uit"));
            }
        });
        return sectie("account.weekoverzicht.kop", weekoverzicht);
    }

    private Section wachtwoord() {
        huidig.setLabel(getTranslation("account.huidig-wachtwoord"));
        huidig.setRequiredIndicatorVisible(true);
        huidig.setAutocomplete(Autocomplete.CURRENT_PASSWORD);
        huidig.setWidthFull();
        WachtwoordVelden.nieuw(nieuw, herhaling);
        Button wijzigen = new Button(getTranslation("account.wachtwoord.wijzigen"), e -> bewaar(() -> {
            service.wijzigWachtwoord(huidig.getValue(), nieuw.getValue(), herhaling.getValue());
            huidig.clear();
            nieuw.clear();
            herhaling.clear();
        }, "account.wachtwoord.gewijzigd", Map.of("huidig", huidig, "wachtwoord", nieuw, "herhaling", herhaling)));
        wijzigen.addThemeVariants(ButtonVariant.PRIMARY);
        return sectie("account.wachtwoord.kop", new Paragraph(getTranslation("account.herstel.uitleg",
                WachtwoordRegels.MINIMALE_LENGTE)), huidig, nieuw, herhaling, wijzigen);
    }

    private Section sectie(String kop, Component... inhoud) {
        Section sectie = new Section(new H2(getTranslation(kop)));
        sectie.add(inhoud);
        sectie.getStyle().set("margin-top", "var(--lumo-space-l)");
        return sectie;
    }

    /** Saves; on success says so, on bad input marks the fields and keeps what was typed. */
    private void bewaar(Runnable wijziging, String gelukt,
                        Map<String, ? extends HasValidation> velden) {
        try {
            wijziging.run();
            Foutmeldingen.toon(velden, Map.of());
            Notification.show(getTranslation(gelukt));
        } catch (OngeldigeInvoer fout) {
            Foutmeldingen.toon(velden, fout.fouten());
        }
    }
}
