package nl.gezin1plan.monitor.rapportage.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import nl.gezin1plan.monitor.base.ui.Formaat;
import nl.gezin1plan.monitor.base.ui.Jaar;
import nl.gezin1plan.monitor.base.ui.RijKnop;
import nl.gezin1plan.monitor.herinnering.HerinneringService;
import nl.gezin1plan.monitor.herinnering.ui.HerinneringSchemaDialog;
import nl.gezin1plan.monitor.keurmerk.Uitkomst;
import nl.gezin1plan.monitor.keurmerk.ui.KeurmerkTabel;
import nl.gezin1plan.monitor.rapportage.OrganisatieVoortgangRegel;
import nl.gezin1plan.monitor.rapportage.OrganisatieVoortgangService;
import nl.gezin1plan.monitor.uitvraag.UitvraagFilter;
import nl.gezin1plan.monitor.security.Rechten;
import nl.gezin1plan.monitor.uitnodiging.UitnodigingBeheerService;
import nl.gezin1plan.monitor.uitnodiging.ui.UitnodigingKolommen;
import nl.gezin1plan.monitor.uitvraag.UitvraagRondeService;
import nl.gezin1plan.monitor.uitvraag.UitvraagStatus;
import nl.gezin1plan.monitor.uitvraag.ui.RondeOpenen;

/** The round of a year: every organisation with status, progress, submission and keurmerk; late ones stand out. */
@Route("uitvraag/ronde")
@PageTitle("Uitvraag organisaties | 1Gezin1Plan implementatiemonitor")
@RolesAllowed(Rechten.GEMEENTECIJFERS)
@Menu(title = "menu.ronde", order = 40)
public class RondeOverzichtView extends Main implements BeforeEnterObserver {

    private final OrganisatieVoortgangService voortgang;
    private final UitvraagRondeService rondes;
    private final Clock clock;
    private final UitnodigingBeheerService uitnodigingen;
    private final HerinneringService herinneringen;
    private UitnodigingKolommen<OrganisatieVoortgangRegel> uitnodigingKolommen;
    private Map<Long, Instant> laatsteHerinneringen = Map.of();
    private int jaar;
    final Grid<OrganisatieVoortgangRegel> grid = new Grid<>();
    final TextField zoek = new TextField();
    final Select<UitvraagStatus> statusFilter = new Select<>();

    public RondeOverzichtView(OrganisatieVoortgangService voortgang, UitvraagRondeService rondes, Clock clock,
                              UitnodigingBeheerService uitnodigingen, HerinneringService herinneringen) {
        this.uitnodigingen = uitnodigingen;
        this.herinneringen = herinneringen;
        this.voortgang = voortgang;
        this.rondes = rondes;
        this.clock = clock;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        jaar = Jaar.uit(event, clock);
        toon();
    }

    private void toon() {
        removeAll();
        add(new H1(getTranslation("ronde.titel", jaar)));
        add(jaarKeuze());
        var ronde = rondes.ronde(jaar);
        ronde.ifPresent(r -> add(new Paragraph(getTranslation("ronde.info", Formaat.datum(r.opentOp()),
                Formaat.datum(r.deadline()), r.definitie()))));
        ronde.ifPresent(r -> add(HerinneringSchemaDialog.knop(jaar)));
        if (rondes.magOpenen()) {
            add(new RondeOpenen(rondes, clock, jaar, ronde, this::toon));
        }
        if (ronde.isEmpty()) {
            add(new Paragraph(getTranslation("ronde.geen", jaar)));
            return;
        }
        add(filters(), tabel());
    }

    private Select<Integer> jaarKeuze() {
        Select<Integer> keuze = new Select<>();
        keuze.setLabel(getTranslation("ronde.jaar"));
        int dit = LocalDate.now(clock).getYear();
        keuze.setItems(dit + 1, dit, dit - 1, dit - 2);
        keuze.setValue(jaar);
        keuze.addValueChangeListener(e -> getUI().ifPresent(ui -> ui.navigate("uitvraag/ronde",
                QueryParameters.of("jaar", String.valueOf(e.getValue())))));
        return keuze;
    }

    private FlexLayout filters() {
        zoek.setLabel(getTranslation("ronde.zoek"));
        zoek.setValueChangeMode(ValueChangeMode.LAZY);
        zoek.setClearButtonVisible(true);
        statusFilter.setLabel(getTranslation("ronde.filter-status"));
        statusFilter.setEmptySelectionAllowed(true);
        statusFilter.setEmptySelectionCaption(getTranslation("ronde.alle"));
        statusFilter.setItems(UitvraagStatus.values());
        statusFilter.setItemLabelGenerator(s -> s == null ? getTranslation("ronde.alle") : s.label());
        zoek.addValueChangeListener(e -> filter());
        statusFilter.addValueChangeListener(e -> filter());
        FlexLayout filters = new FlexLayout(zoek, statusFilter);
        filters.addClassName("filters");
        return filters;
    }

    private Grid<OrganisatieVoortgangRegel> tabel() {
        grid.removeAllColumns();
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setHeight("60vh");
        grid.addColumn(OrganisatieVoortgangRegel::organisatie).setHeader(getTranslation("ronde.organisatie")).setFlexGrow(3);
        grid.addComponentColumn(r -> {
            Span status = new Span(r.status().label());
            if (r.teLaat()) {
                Span laat = KeurmerkTabel.uitkomst(Uitkomst.NIET_VOLDAAN);
                laat.setText(getTranslation("ronde.te-laat"));
                return new Span(status, new Span(" "), laat);
            }
            return status;
        }).setHeader(getTranslation("ronde.status")).setAutoWidth(true);
        grid.addColumn(r -> r.procentBeantwoord() + "%").setHeader(getTranslation("ronde.voortgang")).setAutoWidth(true);
        grid.addColumn(r -> Formaat.datumTijd(r.ingediendOp())).setHeader(getTranslation("ronde.ingediend-op")).setAutoWidth(true);
        grid.addComponentColumn(r -> KeurmerkTabel.uitkomst(r.keurmerk().totaal()))
                .setHeader(getTranslation("ronde.keurmerk")).setAutoWidth(true);
        grid.addComponentColumn(r -> RijKnop.van(getTranslation("ronde.details"), r.organisatie(),
                e -> getUI().ifPresent(ui -> ui.navigate("uitvraag/detail/" + r.uitvraagId())))).setAutoWidth(true);
        uitnodigingKolommen = new UitnodigingKolommen<>(uitnodigingen, grid, OrganisatieVoortgangRegel::organisatieId,
                OrganisatieVoortgangRegel::organisatie, r -> Formaat.datumTijd(laatsteHerinneringen.get(r.organisatieId())));
        grid.setPartNameGenerator(r -> r.teLaat() ? "verlopen" : null);
        filter();
        return grid;
    }

    /** Only the visible page is fetched, with the filters applied in the database. */
    private void filter() {
        UitvraagFilter filter = new UitvraagFilter(zoek.getValue(), statusFilter.getValue());
        grid.setItems(query -> {
                    laatsteHerinneringen = herinneringen.laatsteHerinneringen(jaar);
                    return uitnodigingKolommen.laad(jaar, voortgang.regels(jaar, filter, query.getOffset(), query.getLimit()));
                },
                query -> (int) voortgang.aantal(jaar, filter));
    }
}
