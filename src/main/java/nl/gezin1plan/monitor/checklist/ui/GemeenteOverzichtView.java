package nl.gezin1plan.monitor.checklist.ui;

import nl.gezin1plan.monitor.base.ui.Jaar;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
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
import java.util.List;
import java.util.Map;
import nl.gezin1plan.monitor.checklist.ChecklistSamenvatting;
import nl.gezin1plan.monitor.checklist.GemeenteKeuze;
import nl.gezin1plan.monitor.checklist.GemeenteOverzicht;
import nl.gezin1plan.monitor.checklist.GemeenteOverzichtService;
import nl.gezin1plan.monitor.security.Rechten;

/** A gemeente's own checklist progress next to each afdeling's, with missing role holders flagged. */
@Route("gemeente")
@PageTitle("Gemeente-overzicht | 1Gezin1Plan implementatiemonitor")
@RolesAllowed(Rechten.GEMEENTECIJFERS)
@Menu(title = "menu.gemeente", order = 20)
public class GemeenteOverzichtView extends Main implements BeforeEnterObserver {

    private final GemeenteOverzichtService service;
    private final Clock clock;

    public GemeenteOverzichtView(GemeenteOverzichtService service, Clock clock) {
        this.service = service;
        this.clock = clock;
        addClassName("gemeente-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        QueryParameters query = event.getLocation().getQueryParameters();
        List<GemeenteKeuze> gemeenten = service.gemeenten();
        if (gemeenten.isEmpty()) {
            add(new H1(getTranslation("app.fout.geen-toegang")));
            return;
        }
        long gemeenteId = query.getSingleParameter("gemeente").filter(g -> g.matches("\\d{1,18}"))
                .map(Long::parseLong)
                .filter(id -> gemeenten.stream().anyMatch(g -> g.id() == id))
                .orElse(gemeenten.getFirst().id());
        int jaar = Jaar.uit(event, clock);
        toon(gemeenten, service.overzicht(gemeenteId, jaar));
    }

    private void toon(List<GemeenteKeuze> gemeenten, GemeenteOverzicht overzicht) {
        add(new H1(getTranslation("gemeente.titel", overzicht.gemeenteNaam()) + " " + overzicht.jaar()));
        add(keuzes(gemeenten, overzicht));
        if (overzicht.zonderAgendahouder()) {
            add(waarschuwing(getTranslation("gemeente.geen-agendahouder")));
        } else {
            add(new Paragraph(getTranslation("gemeente.agendahouders", String.join(", ", overzicht.agendahouders()))));
        }
        add(gemeenteChecklist(overzicht));
        add(afdelingen(overzicht));
    }

    private HorizontalLayout keuzes(List<GemeenteKeuze> gemeenten, GemeenteOverzicht overzicht) {
        HorizontalLayout keuzes = new HorizontalLayout();
        if (gemeenten.size() > 1) {
            Select<GemeenteKeuze> gemeente = new Select<>();
            gemeente.setLabel(getTranslation("gemeente.kies"));
            gemeente.setItems(gemeenten);
            gemeente.setItemLabelGenerator(GemeenteKeuze::naam);
            gemeente.setValue(gemeenten.stream().filter(g -> g.id() == overzicht.gemeenteId()).findFirst().orElseThrow());
            gemeente.addValueChangeListener(e -> naar(e.getValue().id(), overzicht.jaar()));
            keuzes.add(gemeente);
        }
        Select<Integer> jaar = new Select<>();
        jaar.setLabel(getTranslation("gemeente.jaar"));
        int dit = LocalDate.now(clock).getYear();
        jaar.setItems(dit + 1, dit, dit - 1, dit - 2);
        jaar.setValue(overzicht.jaar());
        jaar.addValueChangeListener(e -> naar(overzicht.gemeenteId(), e.getValue()));
        keuzes.add(jaar);
        return keuzes;
    }

    private void naar(long gemeenteId, int jaar) {
        getUI().ifPresent(ui -> ui.navigate("gemeente",
                new QueryParameters(Map.of("gemeente", List.of(String.valueOf(gemeenteId)),
                        "jaar", List.of(String.valueOf(jaar))))));
    }

    private Section gemeenteChecklist(GemeenteOverzicht overzicht) {
        Section sectie = new Section(new H2(getTranslation("gemeente.checklist")));
        ChecklistSamenvatting checklist = overzicht.checklist();
        RouterLink open = new RouterLink(getTranslation("gemeente.openen"), ChecklistView.class,
                new RouteParameters(Map.of("soort", "gemeente", "id", String.valueOf(overzicht.gemeenteId()))));
        open.setQueryParameters(QueryParameters.of("jaar", String.valueOf(overzicht.jaar())));
        if (checklist == null) {
            sectie.add(new Paragraph(getTranslation("gemeente.geen-checklist", overzicht.jaar())), open);
            return sectie;
        }
        sectie.add(new VoortgangBalk(getTranslation("checklist.voortgang", checklist.voortgang().gereed(),
                checklist.voortgang().toepasselijk(), checklist.voortgang().procent()), checklist.voortgang(), true));
        Div perThema = new Div();
        perThema.addClassName("thema-voortgang");
        checklist.perThema().forEach((thema, voortgang) -> perThema.add(new VoortgangBalk(
                thema + ": " + getTranslation("checklist.voortgang-thema", voortgang.gereed(), voortgang.toepasselijk()),
                voortgang, false)));
        sectie.add(perThema);
        if (checklist.verlopen() > 0) {
            sectie.add(waarschuwing(getTranslation("gemeente.verlopen") + ": " + checklist.verlopen()));
        }
        sectie.add(open);
        return sectie;
    }

    private Section afdelingen(GemeenteOverzicht overzicht) {
        Section sectie = new Section(new H2(getTranslation("gemeente.afdelingen")));
        if (overzicht.afdelingen().isEmpty()) {
            sectie.add(new Paragraph(getTranslation("gemeente.geen-afdelingen")));
            return sectie;
        }
        Grid<GemeenteOverzicht.AfdelingRegel> grid = new Grid<>();
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAllRowsVisible(true);
        grid.addColumn(GemeenteOverzicht.AfdelingRegel::naam).setHeader(getTranslation("gemeente.afdeling"));
        grid.addComponentColumn(a -> a.zonderAandachtsfunctionaris()
                        ? waarschuwing(getTranslation("gemeente.geen-aandachtsfunctionaris"))
                        : new Span(String.join(", ", a.aandachtsfunctionarissen())))
                .setHeader(getTranslation("gemeente.aandachtsfunctionarissen"));
        grid.addComponentColumn(a -> a.checklist() == null
                        ? new Span(getTranslation("gemeente.geen-checklist", overzicht.jaar()))
                        : new VoortgangBalk(a.checklist().voortgang().procent() + "%", a.checklist().voortgang(), false))
                .setHeader(getTranslation("gemeente.voortgang"));
        grid.addColumn(a -> a.checklist() == null ? "" : String.valueOf(a.checklist().verlopen()))
                .setHeader(getTranslation("gemeente.verlopen")).setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(a -> {
            RouterLink link = new RouterLink(getTranslation("gemeente.openen"), ChecklistView.class,
                    new RouteParameters(Map.of("soort", "afdeling", "id", String.valueOf(a.afdelingId()))));
            link.setQueryParameters(QueryParameters.of("jaar", String.valueOf(overzicht.jaar())));
            return link;
        }).setAutoWidth(true).setFlexGrow(0);
        grid.setItems(overzicht.afdelingen());
        sectie.add(grid);
        return sectie;
    }

    private static Span waarschuwing(String tekst) {
        Span span = new Span(tekst);
        span.addClassName("waarschuwing");
        span.getElement().getThemeList().add("badge error");
        return span;
    }
}
