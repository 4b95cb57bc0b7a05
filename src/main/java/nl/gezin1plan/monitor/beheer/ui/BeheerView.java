package nl.gezin1plan.monitor.beheer.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.stream.Collectors;
import nl.gezin1plan.monitor.base.OngeldigeInvoer;
import nl.gezin1plan.monitor.base.ui.Formaat;
import nl.gezin1plan.monitor.base.ui.RijKnop;
import nl.gezin1plan.monitor.beheer.StructuurBeheerService;
import nl.gezin1plan.monitor.beheer.StructuurOverzicht;
import nl.gezin1plan.monitor.security.Rechten;

/** The beheerder manages the region's gemeenten, afdelingen and the people who hold a role. */
@Route("beheer")
@PageTitle("Beheer | 1Gezin1Plan implementatiemonitor")
@RolesAllowed(Rechten.BEHEER)
@Menu(title = "menu.beheer", order = 80)
public class BeheerView extends Main {

    private final StructuurBeheerService service;
    final Grid<StructuurOverzicht.GemeenteRegel> gemeenten = new Grid<>();
    final Grid<StructuurOverzicht.GebruikerRegel> gebruikers = new Grid<>();
    final TextField nieuweGemeente = new TextField();
    final Select<StructuurOverzicht.GemeenteRegel> afdelingGemeente = new Select<>();
    final TextField nieuweAfdeling = new TextField();
    private StructuurOverzicht overzicht;

    public BeheerView(StructuurBeheerService service) {
        this.service = service;
        add(new H1(getTranslation("beheer.titel")));
        add(structuur(), mensen());
        ververs();
    }

    private Section structuur() {
        gemeenten.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        gemeenten.setAllRowsVisible(true);
        gemeenten.addColumn(StructuurOverzicht.GemeenteRegel::naam).setHeader(getTranslation("beheer.gemeente"));
        gemeenten.addColumn(g -> g.afdelingen().stream().map(StructuurOverzicht.Keuze::naam)
                .collect(Collectors.joining(", "))).setHeader(getTranslation("beheer.afdelingen")).setFlexGrow(3);

        nieuweGemeente.setLabel(getTranslation("beheer.nieuwe-gemeente"));
        Button gemeenteToevoegen = new Button(getTranslation("beheer.gemeente-toevoegen"), e -> voegGemeenteToe());
        afdelingGemeente.setLabel(getTranslation("beheer.gemeente"));
        afdelingGemeente.setItemLabelGenerator(StructuurOverzicht.GemeenteRegel::naam);
        nieuweAfdeling.setLabel(getTranslation("beheer.nieuwe-afdeling"));
        Button afdelingToevoegen = new Button(getTranslation("beheer.afdeling-toevoegen"), e -> voegAfdelingToe());
        FlexLayout formulieren = new FlexLayout(nieuweGemeente, gemeenteToevoegen, afdelingGemeente, nieuweAfdeling,
                afdelingToevoegen);
        formulieren.addClassName("filters");
        formulieren.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        formulieren.setAlignItems(FlexLayout.Alignment.BASELINE);
        return new Section(new H2(getTranslation("beheer.structuur")), formulieren, gemeenten);
    }

    private Section mensen() {
        gebruikers.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        gebruikers.setAllRowsVisible(true);
        gebruikers.addColumn(StructuurOverzicht.GebruikerRegel::gebruikersnaam).setHeader(getTranslation("beheer.gebruikersnaam"));
        gebruikers.addColumn(StructuurOverzicht.GebruikerRegel::naam).setHeader(getTranslation("beheer.naam"));
        gebruikers.addColumn(g -> getTranslation("rol." + g.rol().name())).setHeader(getTranslation("beheer.rol"));
        gebruikers.addColumn(StructuurOverzicht.GebruikerRegel::scope).setHeader(getTranslation("beheer.scope"));
        gebruikers.addColumn(g -> getTranslation(g.actief() ? "beheer.actief.ja" : "beheer.actief.nee"))
                .setHeader(getTranslation("beheer.actief"));
        gebruikers.addComponentColumn(this::blokkade).setHeader(getTranslation("beheer.blokkade"));
        gebruikers.addComponentColumn(g -> RijKnop.van(getTranslation("checklist.bewerk"), g.gebruikersnaam(),
                e -> new GebruikerDialog(service, overzicht, g, this::ververs).open())).setAutoWidth(true);
        Button toevoegen = new Button(getTranslation("beheer.gebruiker-toevoegen"),
                e -> new GebruikerDialog(service, overzicht, this::ververs).open());
        return new Section(new H2(getTranslation("beheer.gebruikers")), toevoegen, gebruikers);
    }

    /** Empty, or until when the user name is locked with a button to lift the lock. */
    private com.vaadin.flow.component.Component blokkade(StructuurOverzicht.GebruikerRegel regel) {
        if (regel.geblokkeerdTot() == null) {
            return new com.vaadin.flow.component.html.Span();
        }
        Button opheffen = RijKnop.van(getTranslation("beheer.blokkade-opheffen"), regel.gebruikersnaam(), e -> {
            service.hefBlokkadeOp(regel.gebruikersnaam());
            Notification.show(getTranslation("beheer.blokkade-opgeheven", regel.gebruikersnaam()));
            ververs();
        });
        return new com.vaadin.flow.component.html.Div(new com.vaadin.flow.component.html.Span(
                getTranslation("beheer.geblokkeerd-tot", Formaat.datumTijd(regel.geblokkeerdTot()))), opheffen);
    }

    private void voegGemeenteToe() {
        try {
            service.voegGemeenteToe(nieuweGemeente.getValue());
            Notification.show(getTranslation("beheer.toegevoegd", nieuweGemeente.getValue().strip()));
            nieuweGemeente.clear();
            nieuweGemeente.setInvalid(false);
            ververs();
        } catch (OngeldigeInvoer e) {
            nieuweGemeente.setErrorMessage(e.fouten().get("naam"));
            nieuweGemeente.setInvalid(true);
        }
    }

    private void voegAfdelingToe() {
        if (afdelingGemeente.getValue() == null) {
            afdelingGemeente.setErrorMessage(getTranslation("beheer.kies-gemeente"));
            afdelingGemeente.setInvalid(true);
            return;
        }
        try {
            service.voegAfdelingToe(afdelingGemeente.getValue().id(), nieuweAfdeling.getValue());
            Notification.show(getTranslation("beheer.toegevoegd", nieuweAfdeling.getValue().strip()));
            nieuweAfdeling.clear();
            nieuweAfdeling.setInvalid(false);
            afdelingGemeente.setInvalid(false);
            ververs();
        } catch (OngeldigeInvoer e) {
            nieuweAfdeling.setErrorMessage(e.fouten().get("naam"));
            nieuweAfdeling.setInvalid(true);
        }
    }

    private void ververs() {
        overzicht = service.overzicht();
        gemeenten.setItems(overzicht.gemeenten());
        afdelingGemeente.setItems(overzicht.gemeenten());
        gebruikers.setItems(overzicht.gebruikers());
    }
}
