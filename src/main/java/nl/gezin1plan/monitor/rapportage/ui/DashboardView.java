package nl.gezin1plan.monitor.rapportage.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.gezin1plan.monitor.base.ui.Formaat;
import nl.gezin1plan.monitor.base.ui.Jaar;
import nl.gezin1plan.monitor.base.ui.Grafiek;
import nl.gezin1plan.monitor.checklist.GemeenteOverzicht;
import nl.gezin1plan.monitor.checklist.GemeenteVoortgang;
import nl.gezin1plan.monitor.checklist.Voortgang;
import nl.gezin1plan.monitor.rapportage.AccountgesprekRegel;
import nl.gezin1plan.monitor.rapportage.Dashboard;
import nl.gezin1plan.monitor.rapportage.DashboardService;
import nl.gezin1plan.monitor.security.Rechten;
import nl.gezin1plan.monitor.uitvraag.UitvraagStatus;

/** The start page: checklist progress, the uitvraag round, keurmerk results and what is overdue, as charts and text. */
@Route("dashboard")
@PageTitle("Dashboard | 1Gezin1Plan implementatiemonitor")
@RolesAllowed(Rechten.GEMEENTECIJFERS)
@Menu(title = "menu.dashboard", order = 10)
public class DashboardView extends Main implements BeforeEnterObserver {

    private final DashboardService service;
    private final Clock clock;

    public DashboardView(DashboardService service, Clock clock) {
        this.service = service;
        this.clock = clock;
        addClassName("dashboard");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        int jaar = Jaar.uit(event, clock);
        removeAll();
        toon(service.dashboard(jaar));
    }

    private void toon(Dashboard dashboard) {
        add(new H1(getTranslation("dashboard.titel", dashboard.jaar())));
        Select<Integer> jaar = new Select<>();
        jaar.setLabel(getTranslation("ronde.jaar"));
        int dit = LocalDate.now(clock).getYear();
        jaar.setItems(dit, dit - 1, dit - 2, dit - 3, dit - 4);
        jaar.setValue(dashboard.jaar());
        jaar.addValueChangeListener(e -> getUI().ifPresent(ui -> ui.navigate("dashboard",
                QueryParameters.of("jaar", String.valueOf(e.getValue())))));
        add(jaar);
        Div kaarten = new Div();
        kaarten.addClassName("dashboard-kaarten");
        if (dashboard.gemeente() != null) {
            kaarten.add(eigenChecklist(dashboard.gemeente()));
        }
        kaarten.add(gemeenten(dashboard.gemeenten()), ronde(dashboard), criteria(dashboard), trend(dashboard),
                verlopen(dashboard));
        add(kaarten);
    }

    private Section eigenChecklist(GemeenteOverzicht gemeente) {
        Section kaart = kaart(getTranslation("dashboard.checklist", gemeente.gemeenteNaam()));
        if (gemeente.checklist() == null) {
            kaart.add(new Paragraph(getTranslation("gemeente.geen-checklist", gemeente.jaar())));
            return kaart;
        }
        List<String> themas = new ArrayList<>(gemeente.checklist().perThema().keySet());
        List<Integer> procenten = themas.stream().map(t -> gemeente.checklist().perThema().get(t).procent()).toList();
        kaart.add(new Paragraph(getTranslation("checklist.voortgang", gemeente.checklist().voortgang().gereed(),
                gemeente.checklist().voortgang().toepasselijk(), gemeente.checklist().voortgang().procent())));
        kaart.add(new Grafiek(getTranslation("dashboard.per-thema"), "bar", themas,
                List.of(new Grafiek.Reeks(getTranslation("dashboard.gereed"), procenten)), "%"));
        UnorderedList afdelingen = new UnorderedList();
        gemeente.afdelingen().forEach(a -> afdelingen.add(new ListItem(a.naam() + ": " + (a.checklist() == null
                ? getTranslation("gemeente.geen-checklist", gemeente.jaar())
                : a.checklist().voortgang().procent() + "% " + getTranslation("dashboard.gereed").toLowerCase()))));
        kaart.add(new Paragraph(getTranslation("gemeente.afdelingen")), afdelingen);
        RouterLink open = new RouterLink(getTranslation("gemeente.openen"), nl.gezin1plan.monitor.checklist.ui.ChecklistView.class,
                new RouteParameters(Map.of("soort", "gemeente", "id", String.valueOf(gemeente.gemeenteId()))));
        kaart.add(open);
        return kaart;
    }

    private Section gemeenten(List<GemeenteVoortgang> gemeenten) {
        Section kaart = kaart(getTranslation("dashboard.gemeenten"));
        List<String> namen = gemeenten.stream().map(GemeenteVoortgang::naam).toList();
        kaart.add(new Grafiek(getTranslation("dashboard.gemeenten"), "bar", namen, List.of(
                new Grafiek.Reeks(getTranslation("dashboard.reeks.gemeente"), gemeenten.stream()
                        .map(g -> procent(g.gemeente())).toList()),
                new Grafiek.Reeks(getTranslation("dashboard.reeks.afdelingen"), gemeenten.stream()
                        .map(g -> procent(g.afdelingen())).toList())), "%"));
        gemeenten.stream().filter(GemeenteVoortgang::zonderAgendahouder).forEach(g ->
                kaart.add(new Paragraph(getTranslation("dashboard.zonder-agendahouder", g.naam()))));
        return kaart;
    }

    private Section ronde(Dashboard dashboard) {
        Section kaart = kaart(getTranslation("dashboard.ronde"));
        if (dashboard.organisaties() == 0) {
            kaart.add(new Paragraph(getTranslation("ronde.geen", dashboard.jaar())));
            return kaart;
        }
        List<String> statussen = java.util.Arrays.stream(UitvraagStatus.values()).map(UitvraagStatus::label).toList();
        kaart.add(new Grafiek(getTranslation("dashboard.ronde"), "bar", statussen, List.of(new Grafiek.Reeks(
                getTranslation("dashboard.organisaties"), java.util.Arrays.stream(UitvraagStatus.values())
                .map(s -> dashboard.perStatus().get(s)).toList())), ""));
        kaart.add(new RouterLink(getTranslation("menu.ronde"), RondeOverzichtView.class));
        return kaart;
    }

    private Section criteria(Dashboard dashboard) {
        Section kaart = kaart(getTranslation("dashboard.criteria", dashboard.organisaties()));
        if (dashboard.criteriaVoldaan().isEmpty()) {
            return kaart;
        }
        kaart.add(new Grafiek(getTranslation("dashboard.criteria", dashboard.organisaties()), "barh",
                new ArrayList<>(dashboard.criteriaVoldaan().keySet()), List.of(new Grafiek.Reeks(
                getTranslation("dashboard.voldaan"), new ArrayList<>(dashboard.criteriaVoldaan().values()))), ""));
        return kaart;
    }

    private Section trend(Dashboard dashboard) {
        Section kaart = kaart(getTranslation("dashboard.trend"));
        List<String> jaren = dashboard.keurmerkPerJaar().keySet().stream().map(String::valueOf).toList();
        kaart.add(new Grafiek(getTranslation("dashboard.trend"), "line", jaren, List.of(
                new Grafiek.Reeks(getTranslation("dashboard.voldaan"), trendReeks(dashboard, 0)),
                new Grafiek.Reeks(getTranslation("dashboard.organisaties"), trendReeks(dashboard, 1))), ""));
        return kaart;
    }

    /** One figure per year; null where the year has no data, so the line has a gap instead of dropping to 0. */
    private static List<Long> trendReeks(Dashboard dashboard, int kolom) {
        return dashboard.keurmerkPerJaar().values().stream().map(w -> w == null ? null : w[kolom])
                .toList();
    }

    private Section verlopen(Dashboard dashboard) {
        Section kaart = kaart(getTranslation("dashboard.verlopen"));
        UnorderedList lijst = new UnorderedList();
        if (dashboard.gemeente() != null && dashboard.gemeente().checklist() != null
                && dashboard.gemeente().checklist().verlopen() > 0) {
            lijst.add(new ListItem(getTranslation("dashboard.verlopen-acties", dashboard.gemeente().checklist().verlopen())));
        }
        dashboard.gemeenten().stream().filter(g -> g.verlopen() > 0 && dashboard.gemeente() == null)
                .forEach(g -> lijst.add(new ListItem(g.naam() + ": " + getTranslation("dashboard.verlopen-acties", g.verlopen()))));
        for (AccountgesprekRegel gesprek : dashboard.verlopenVervolgacties()) {
            ListItem item = new ListItem(getTranslation("dashboard.vervolg", gesprek.organisatie(), gesprek.vervolgactie(),
                    gesprek.vervolgEigenaar(), Formaat.datum(gesprek.vervolgDatum())) + " ");
            item.add(new RouterLink(getTranslation("ronde.details"), OrganisatieDetailView.class,
                    new RouteParameters("id", String.valueOf(gesprek.organisatieId()))));
            lijst.add(item);
        }
        if (lijst.getChildren().findAny().isEmpty()) {
            kaart.add(new Paragraph(getTranslation("dashboard.niets-verlopen")));
        }
        kaart.add(lijst);
        return kaart;
    }

    private static Integer procent(Voortgang voortgang) {
        return voortgang == null ? null : voortgang.procent();
    }

    private static Section kaart(String titel) {
        Section kaart = new Section(new H2(titel));
        kaart.addClassName("dashboard-kaart");
        return kaart;
    }
}
