package nl.gezin1plan.monitor.beheer.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import nl.gezin1plan.monitor.base.OngeldigeInvoer;
import nl.gezin1plan.monitor.beheer.OrganisatieGegevens;
import nl.gezin1plan.monitor.beheer.OrganisatieRegel;
import nl.gezin1plan.monitor.beheer.OrganisatieRegisterService;
import nl.gezin1plan.monitor.checklist.GemeenteKeuze;
import nl.gezin1plan.monitor.organisatie.OrganisatieType;
import org.springframework.orm.ObjectOptimisticLockingFailureException;

/** Adds or edits one organisation, with one contact person; errors show on the fields and nothing is lost. */
class OrganisatieDialog extends Dialog {

    final TextField naam = new TextField();
    final TextField kvk = new TextField();
    final Select<OrganisatieType> type = new Select<>();
    final Checkbox jeugd = new Checkbox();
    final MultiSelectComboBox<GemeenteKeuze> gemeenten = new MultiSelectComboBox<>();
    final TextField contactNaam = new TextField();
    final EmailField contactEmail = new EmailField();
    final TextField contactRol = new TextField();
    final Button opslaan = new Button();
    final Div melding = new Div();

    OrganisatieDialog(OrganisatieRegisterService service, OrganisatieRegel bestaand, Runnable opgeslagen) {
        setHeaderTitle(getTranslation(bestaand == null ? "organisaties.toevoegen" : "organisaties.bewerken"));
        naam.setLabel(getTranslation("organisaties.naam"));
        kvk.setLabel(getTranslation("organisaties.kvk"));
        kvk.setHelperText(getTranslation("organisaties.kvk.hulp"));
        type.setLabel(getTranslation("organisaties.type"));
        type.setItems(OrganisatieType.values());
        type.setItemLabelGenerator(OrganisatieType::label);
        jeugd.setLabel(getTranslation("organisaties.jeugd.lang"));
        gemeenten.setLabel(getTranslation("organisaties.gemeenten"));
        List<GemeenteKeuze> keuzes = service.gemeenten();
        gemeenten.setItems(keuzes);
        gemeenten.setItemLabelGenerator(GemeenteKeuze::naam);
        contactNaam.setLabel(getTranslation("organisaties.contact.naam"));
        contactEmail.setLabel(getTranslation("organisaties.contact.email"));
        contactRol.setLabel(getTranslation("organisaties.contact.rol"));
        melding.addClassName("formulier-melding");
        melding.getElement().setAttribute("role", "alert");
        melding.setVisible(false);
        List<OrganisatieGegevens.Contact> overige = List.of();
        if (bestaand != null) {
            naam.setValue(bestaand.naam());
            kvk.setValue(bestaand.kvkNummer() == null ? "" : bestaand.kvkNummer());
            type.setValue(bestaand.type());
            jeugd.setValue(bestaand.werktMetJeugd());
            gemeenten.setValue(keuzes.stream().filter(k -> bestaand.gemeenten().contains(k.naam())).collect(Collectors.toSet()));
            List<String> andere = bestaand.gemeenten().stream()
                    .filter(g -> keuzes.stream().noneMatch(k -> k.naam().equals(g))).toList();
            if (!andere.isEmpty()) {
                gemeenten.setHelperText(getTranslation("organisaties.gemeenten.andere", String.join(", ", andere)));
            }
            if (!bestaand.contactpersonen().isEmpty()) {
                OrganisatieGegevens.Contact eerste = bestaand.contactpersonen().getFirst();
                contactNaam.setValue(eerste.naam());
                contactEmail.setValue(eerste.email() == null ? "" : eerste.email());
                contactRol.setValue(eerste.rol() == null ? "" : eerste.rol());
                overige = bestaand.contactpersonen().subList(1, bestaand.contactpersonen().size());
            }
        }
        add(melding, new FormLayout(naam, kvk, type, jeugd, gemeenten, contactNaam, contactEmail, contactRol));
        List<OrganisatieGegevens.Contact> andereContacten = overige;
        opslaan.setText(getTranslation("item.opslaan"));
        opslaan.addThemeVariants(ButtonVariant.PRIMARY);
        opslaan.addClickListener(e -> {
            List<OrganisatieGegevens.Contact> contacten = new java.util.ArrayList<>();
            if (!contactNaam.getValue().isBlank() || !contactEmail.getValue().isBlank()) {
                contacten.add(new OrganisatieGegevens.Contact(contactNaam.getValue(), contactEmail.getValue(),
                        contactRol.getValue()));
            }
            contacten.addAll(andereContacten);
            OrganisatieGegevens gegevens = new OrganisatieGegevens(naam.getValue(), kvk.getValue(), type.getValue(),
                    jeugd.getValue(), gemeenten.getValue().stream().map(GemeenteKeuze::id).collect(Collectors.toSet()),
                    contacten);
            try {
                if (bestaand == null) {
                    service.voegToe(gegevens);
                } else {
                    service.wijzig(bestaand.id(), bestaand.version(), gegevens);
                }
                Notification.show(getTranslation("beheer.toegevoegd", gegevens.naam()));
                close();
                opgeslagen.run();
            } catch (OngeldigeInvoer fout) {
                toonFouten(fout.fouten());
            } catch (ObjectOptimisticLockingFailureException fout) {
                melding.setText(getTranslation("organisaties.conflict"));
                melding.setVisible(true);
            }
        });
        getFooter().add(new Button(getTranslation("item.annuleren"), e -> close()), opslaan);
    }

    private void toonFouten(Map<String, String> fouten) {
        Map<String, HasValidation> velden = Map.of("naam", naam, "kvkNummer", kvk, "type", type,
                "gemeenten", gemeenten, "contactpersonen", contactNaam);
        velden.forEach((veld, component) -> {
            component.setErrorMessage(fouten.get(veld));
            component.setInvalid(fouten.containsKey(veld));
        });
        melding.setText(getTranslation("item.fouten"));
        melding.setVisible(true);
    }
}
