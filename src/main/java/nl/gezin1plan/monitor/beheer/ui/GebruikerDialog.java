package nl.gezin1plan.monitor.beheer.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.Map;
import nl.gezin1plan.monitor.base.OngeldigeInvoer;
import nl.gezin1plan.monitor.beheer.NieuweGebruiker;
import nl.gezin1plan.monitor.beheer.StructuurBeheerService;
import nl.gezin1plan.monitor.beheer.StructuurOverzicht;
import nl.gezin1plan.monitor.organisatie.Rol;

/** Adds a person with a role; the scope fields follow the chosen role. */
class GebruikerDialog extends Dialog {

    final TextField gebruikersnaam = new TextField();
    final TextField naam = new TextField();
    final EmailField email = new EmailField();
    final Select<Rol> rol = new Select<>();
    final Select<StructuurOverzicht.Keuze> gemeente = new Select<>();
    final Select<StructuurOverzicht.Keuze> afdeling = new Select<>();
    final Select<StructuurOverzicht.Keuze> organisatie = new Select<>();
    final PasswordField wachtwoord = new PasswordField();
    final Button opslaan = new Button();

    GebruikerDialog(StructuurBeheerService service, StructuurOverzicht overzicht, Runnable opgeslagen) {
        setHeaderTitle(getTranslation("beheer.gebruiker-toevoegen"));
        gebruikersnaam.setLabel(getTranslation("beheer.gebruikersnaam"));
        naam.setLabel(getTranslation("beheer.naam"));
        email.setLabel(getTranslation("beheer.email"));
        rol.setLabel(getTranslation("beheer.rol"));
        rol.setItems(Rol.values());
        rol.setItemLabelGenerator(r -> getTranslation("rol." + r.name()));
        gemeente.setLabel(getTranslation("beheer.gemeente"));
        gemeente.setItems(overzicht.gemeenten().stream().map(g -> new StructuurOverzicht.Keuze(g.id(), g.naam())).toList());
        gemeente.setItemLabelGenerator(StructuurOverzicht.Keuze::naam);
        afdeling.setLabel(getTranslation("beheer.afdeling"));
        afdeling.setItems(overzicht.gemeenten().stream().flatMap(g -> g.afdelingen().stream()
                .map(a -> new StructuurOverzicht.Keuze(a.id(), a.naam() + " (" + g.naam() + ")"))).toList());
        afdeling.setItemLabelGenerator(StructuurOverzicht.Keuze::naam);
        organisatie.setLabel(getTranslation("beheer.organisatie"));
        organisatie.setItems(overzicht.organisaties());
        organisatie.setItemLabelGenerator(StructuurOverzicht.Keuze::naam);
        wachtwoord.setLabel(getTranslation("beheer.wachtwoord"));
        wachtwoord.setHelperText(getTranslation("beheer.wachtwoord.hulp", NieuweGebruiker.MINIMALE_WACHTWOORDLENGTE));
        rol.addValueChangeListener(e -> toonScope(e.getValue()));
        toonScope(null);
        add(new FormLayout(gebruikersnaam, naam, email, rol, gemeente, afdeling, organisatie, wachtwoord));

        opslaan.setText(getTranslation("item.opslaan"));
        opslaan.addThemeVariants(ButtonVariant.PRIMARY);
        opslaan.addClickListener(e -> {
            try {
                service.voegGebruikerToe(new NieuweGebruiker(gebruikersnaam.getValue(), naam.getValue(),
                        email.getValue(), rol.getValue(), id(gemeente), id(afdeling), id(organisatie),
                        wachtwoord.getValue()));
                Notification.show(getTranslation("beheer.toegevoegd", gebruikersnaam.getValue()));
                close();
                opgeslagen.run();
            } catch (OngeldigeInvoer fout) {
                toonFouten(fout.fouten());
            }
        });
        getFooter().add(new Button(getTranslation("item.annuleren"), e -> close()), opslaan);
    }

    private void toonScope(Rol gekozen) {
        gemeente.setVisible(gekozen == Rol.AGENDAHOUDER);
        afdeling.setVisible(gekozen == Rol.AANDACHTSFUNCTIONARIS);
        organisatie.setVisible(gekozen == Rol.ORGANISATIE);
    }

    private void toonFouten(Map<String, String> fouten) {
        Map<String, HasValidation> velden = Map.of("gebruikersnaam", gebruikersnaam, "naam", naam, "email", email,
                "rol", rol, "gemeente", gemeente, "afdeling", afdeling, "organisatie", organisatie,
                "wachtwoord", wachtwoord);
        velden.forEach((veld, component) -> {
            component.setErrorMessage(fouten.get(veld));
            component.setInvalid(fouten.containsKey(veld));
        });
    }

    private static Long id(Select<StructuurOverzicht.Keuze> keuze) {
        return keuze.isVisible() && keuze.getValue() != null ? keuze.getValue().id() : null;
    }

    List<String> zichtbareScopevelden() {
        return java.util.stream.Stream.of(gemeente, afdeling, organisatie).filter(Select::isVisible)
                .map(Select::getLabel).toList();
    }
}
