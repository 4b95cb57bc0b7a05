package nl.gezin1plan.monitor.beheer.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.Map;
import nl.gezin1plan.monitor.base.OngeldigeInvoer;
import nl.gezin1plan.monitor.beheer.GebruikerGegevens;
import nl.gezin1plan.monitor.beheer.NieuweGebruiker;
import nl.gezin1plan.monitor.beheer.StructuurBeheerService;
import nl.gezin1plan.monitor.beheer.StructuurOverzicht;
import nl.gezin1plan.monitor.organisatie.Rol;

/**
 * Adds a person with a role, or changes one (name, e-mail, role, scope; the user name stays, and an existing person
 * can be deactivated and reactivated instead of deleted). The scope fields follow the chosen role.
 */
class GebruikerDialog extends Dialog {

    final TextField gebruikersnaam = new TextField();
    final TextField naam = new TextField();
    final EmailField email = new EmailField();
    final Select<Rol> rol = new Select<>();
    final Select<StructuurOverzicht.Keuze> gemeente = new Select<>();
    final Select<StructuurOverzicht.Keuze> afdeling = new Select<>();
    final Select<StructuurOverzicht.Keuze> organisatie = new Select<>();
    /** True: the person gets an invitation by e-mail and chooses their password; false: the beheerder types one. */
    final RadioButtonGroup<Boolean> uitnodigen = new RadioButtonGroup<>();
    final PasswordField wachtwoord = new PasswordField();
    final Button opslaan = new Button();
    final Button actief = new Button();

    GebruikerDialog(StructuurBeheerService service, StructuurOverzicht overzicht, Runnable opgeslagen) {
        this(service, overzicht, null, opgeslagen);
    }

    GebruikerDialog(StructuurBeheerService service, StructuurOverzicht overzicht,
                    StructuurOverzicht.GebruikerRegel bestaand, Runnable opgeslagen) {
        setHeaderTitle(getTranslation(bestaand == null ? "beheer.gebruiker-toevoegen" : "beheer.gebruiker-wijzigen"));
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
        uitnodigen.setLabel(getTranslation("beheer.wachtwoord.keuze"));
        uitnodigen.setItems(true, false);
        uitnodigen.setItemLabelGenerator(ja -> getTranslation(ja ? "beheer.uitnodigen" : "beheer.wachtwoord.zelf"));
        uitnodigen.setValue(true);
        uitnodigen.addValueChangeListener(e -> wachtwoord.setVisible(!Boolean.TRUE.equals(e.getValue())));
        wachtwoord.setVisible(false);
        rol.addValueChangeListener(e -> toonScope(e.getValue()));
        toonScope(null);
        add(new FormLayout(gebruikersnaam, naam, email, rol, gemeente, afdeling, organisatie, uitnodigen, wachtwoord));

        opslaan.setText(getTranslation("item.opslaan"));
        opslaan.addThemeVariants(ButtonVariant.PRIMARY);
        opslaan.addClickListener(e -> bewaar(() -> {
            if (bestaand == null) {
                service.voegGebruikerToe(new NieuweGebruiker(gebruikersnaam.getValue(), naam.getValue(),
                        email.getValue(), rol.getValue(), id(gemeente), id(afdeling), id(organisatie),
                        wachtwoord.getValue(), uitnodigen.getValue()));
                return uitnodigen.getValue() ? getTranslation("beheer.uitgenodigd", gebruikersnaam.getValue().strip(),
                        email.getValue().strip()) : getTranslation("beheer.toegevoegd", gebruikersnaam.getValue());
            }
            service.wijzigGebruiker(bestaand.gebruikersnaam(), new GebruikerGegevens(naam.getValue(), email.getValue(),
                    rol.getValue(), id(gemeente), id(afdeling), id(organisatie)));
            return getTranslation("beheer.gewijzigd", bestaand.gebruikersnaam());
        }, opgeslagen));
        getFooter().add(new Button(getTranslation("item.annuleren"), e -> close()));
        if (bestaand != null) {
            vulIn(bestaand);
            actief.setText(getTranslation(bestaand.actief() ? "beheer.deactiveren" : "beheer.activeren"));
            actief.addClickListener(e -> bewaar(() -> {
                service.zetActief(bestaand.gebruikersnaam(), !bestaand.actief());
                return getTranslation(bestaand.actief() ? "beheer.gedeactiveerd" : "beheer.geactiveerd",
                        bestaand.gebruikersnaam());
            }, opgeslagen));
            getFooter().add(actief);
        }
        getFooter().add(opslaan);
    }

    private void vulIn(StructuurOverzicht.GebruikerRegel bestaand) {
        gebruikersnaam.setValue(bestaand.gebruikersnaam());
        gebruikersnaam.setReadOnly(true);
        naam.setValue(bestaand.naam());
        email.setValue(bestaand.email() == null ? "" : bestaand.email());
        rol.setValue(bestaand.rol());
        kies(gemeente, bestaand.gemeenteId());
        kies(afdeling, bestaand.afdelingId());
        kies(organisatie, bestaand.organisatieId());
        uitnodigen.setVisible(false);
        wachtwoord.setVisible(false);
    }

    private static void kies(Select<StructuurOverzicht.Keuze> keuze, Long id) {
        keuze.getListDataView().getItems().filter(k -> id != null && k.id() == id).findFirst().ifPresent(keuze::setValue);
    }

    /** Runs the change; on success says so and closes, on bad input marks the fields and keeps what was typed. */
    private void bewaar(java.util.function.Supplier<String> wijziging, Runnable opgeslagen) {
        try {
            String bericht = wijziging.get();
            Notification.show(bericht);
            close();
            opgeslagen.run();
        } catch (OngeldigeInvoer fout) {
            toonFouten(fout.fouten());
            if (fout.fouten().containsKey("actief")) {
                Notification.show(fout.fouten().get("actief"), 8000, Notification.Position.MIDDLE);
            }
        }
    }

    private void toonScope(Rol gekozen) {
        Rol.Eenheid eenheid = gekozen == null ? Rol.Eenheid.REGIO : gekozen.eenheid();
        gemeente.setVisible(eenheid == Rol.Eenheid.GEMEENTE);
        afdeling.setVisible(eenheid == Rol.Eenheid.AFDELING);
        organisatie.setVisible(eenheid == Rol.Eenheid.ORGANISATIE);
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
