package nl.gezin1plan.monitor.uitnodiging.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import nl.gezin1plan.monitor.base.OngeldigeInvoer;
import nl.gezin1plan.monitor.base.ui.Formaat;
import nl.gezin1plan.monitor.security.Aanmelding;
import nl.gezin1plan.monitor.uitnodiging.UitnodigingOngeldig;
import nl.gezin1plan.monitor.uitnodiging.UitnodigingService;
import nl.gezin1plan.monitor.uitnodiging.UitnodigingStatus;
import nl.gezin1plan.monitor.uitnodiging.UitnodigingWeergave;

/**
 * The page a personal link opens: the invited person chooses a password and lands on their uitvraag (or, invited to
 * an account the beheerder made, on the home page), or, when the link no longer works, reads why and how to get a
 * new one.
 */
@Route(value = "uitnodiging/:code", autoLayout = false)
@PageTitle("Uitnodiging | 1Gezin1Plan implementatiemonitor")
@AnonymousAllowed
public class UitnodigingView extends Main implements BeforeEnterObserver {

    private final UitnodigingService service;
    private final Aanmelding aanmelding;
    private String code;
    private boolean voorAccount;
    final PasswordField wachtwoord = new PasswordField();
    final PasswordField herhaling = new PasswordField();
    final Div melding = new Div();

    public UitnodigingView(UitnodigingService service, Aanmelding aanmelding) {
        this.service = service;
        this.aanmelding = aanmelding;
        addClassName("login-view");
        addClassName("uitnodiging-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        code = event.getRouteParameters().get("code").orElse(null);
        UitnodigingWeergave weergave = service.bekijk(code);
        if (weergave.status() != UitnodigingStatus.GELDIG) {
            toonOngeldig(weergave.status());
        } else if (weergave.bestaandAccount()) {
            toonInloggen(weergave);
        } else {
            toonWachtwoordKeuze(weergave);
        }
    }

    private void toonWachtwoordKeuze(UitnodigingWeergave weergave) {
        removeAll();
        voorAccount = weergave.isVoorAccount();
        if (weergave.isVoorAccount()) {
            add(new H1(getTranslation("uitnodiging.account.welkom")),
                    new Paragraph(getTranslation("uitnodiging.account.uitleg", weergave.naam(), weergave.rol())),
                    new H2(getTranslation("uitnodiging.wachtwoord.titel")),
                    new Paragraph(getTranslation("uitnodiging.account.wachtwoord.uitleg", weergave.gebruikersnaam())));
        } else {
            add(new H1(getTranslation("uitnodiging.welkom", weergave.jaar())), uitleg(weergave),
                    new H2(getTranslation("uitnodiging.wachtwoord.titel")),
                    new Paragraph(getTranslation("uitnodiging.wachtwoord.uitleg", weergave.email())));
        }
        wachtwoord.setLabel(getTranslation("uitnodiging.wachtwoord"));
        wachtwoord.setHelperText(getTranslation("uitnodiging.wachtwoord.regels"));
        herhaling.setLabel(getTranslation("uitnodiging.herhaling"));
        for (PasswordField veld : new PasswordField[] {wachtwoord, herhaling}) {
            veld.setRequiredIndicatorVisible(true);
            veld.setAutocomplete(com.vaadin.flow.component.textfield.Autocomplete.NEW_PASSWORD);
            veld.setWidth("22em");
            veld.setMaxWidth("100%");
        }
        melding.getElement().setAttribute("role", "alert");
        melding.addClassName("formulier-melding");
        melding.setVisible(false);
        Button aanmaken = new Button(getTranslation(weergave.isVoorAccount() ? "uitnodiging.account.aanmaken"
                : "uitnodiging.aanmaken"), e -> accepteer());
        aanmaken.addThemeVariants(ButtonVariant.PRIMARY);
        add(wachtwoord, herhaling, melding, aanmaken);
    }

    private void accepteer() {
        try {
            UitnodigingService.Acceptatie acceptatie = service.accepteer(code, wachtwoord.getValue(), herhaling.getValue());
            aanmelding.meldAan(acceptatie.gebruikersnaam());
            getUI().ifPresent(ui -> ui.getPage().setLocation(acceptatie.bestemming()));
        } catch (OngeldigeInvoer fout) {
            toonFout(wachtwoord, fout.fouten().get("wachtwoord"));
            toonFout(herhaling, fout.fouten().get("herhaling"));
            melding.setText(fout.fouten().getOrDefault("account", getTranslation(voorAccount
                    ? "uitnodiging.account.fout.wachtwoord" : "uitnodiging.fout.wachtwoord")));
            melding.setVisible(true);
        } catch (UitnodigingOngeldig fout) {
            toonOngeldig(fout.status());
        }
    }

    private static void toonFout(PasswordField veld, String fout) {
        veld.setErrorMessage(fout);
        veld.setInvalid(fout != null);
    }

    private void toonInloggen(UitnodigingWeergave weergave) {
        removeAll();
        add(new H1(getTranslation("uitnodiging.welkom", weergave.jaar())), uitleg(weergave),
                new Paragraph(getTranslation("uitnodiging.bestaand", weergave.email())),
                new Anchor(KoppelView.pad(code), getTranslation("uitnodiging.bestaand.inloggen")));
    }

    private Paragraph uitleg(UitnodigingWeergave weergave) {
        return new Paragraph(getTranslation("uitnodiging.uitleg", weergave.gemeenten(), weergave.organisatie(),
                weergave.jaar(), Formaat.datum(weergave.deadline()), weergave.naam(), weergave.email()));
    }

    private void toonOngeldig(UitnodigingStatus status) {
        removeAll();
        String soort = status.name().toLowerCase();
        add(new H1(getTranslation("uitnodiging." + soort + ".titel")),
                new Paragraph(getTranslation("uitnodiging." + soort + ".tekst")));
        if (status == UitnodigingStatus.VERLOPEN) {
            Paragraph verstuurd = new Paragraph(getTranslation("uitnodiging.nieuwe-link.verstuurd"));
            verstuurd.getElement().setAttribute("role", "status");
            Button nieuweLink = new Button(getTranslation("uitnodiging.nieuwe-link"));
            nieuweLink.addThemeVariants(ButtonVariant.PRIMARY);
            nieuweLink.addClickListener(e -> {
                service.stuurNieuweLink(code);
                nieuweLink.setVisible(false);
                add(verstuurd);
            });
            add(nieuweLink);
        }
        if (status == UitnodigingStatus.GEBRUIKT) {
            add(new Anchor("login", getTranslation("uitnodiging.naar-inloggen")));
        }
        add(new Paragraph(getTranslation("uitnodiging.gemeente-vragen")));
    }
}
