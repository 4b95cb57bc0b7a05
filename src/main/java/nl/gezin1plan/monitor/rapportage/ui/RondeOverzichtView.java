package nl.gezin1plan.monitor.rapportage.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
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
import nl.gezin1plan.monitor.base.OngeldigeInvoer;
import nl.gezin1plan.monitor.base.ui.Formaat;
import nl.gezin1plan.monitor.base.ui.Jaar;
import nl.gezin1plan.monitor.base.ui.RijKnop;
import nl.gezin1plan.monitor.herinnering.HerinneringService;
import nl.gezin1plan.monitor.herinnering.ui.HerinneringSchemaDialog;
import nl.gezin1plan.monitor.keurmerk.Uitkomst;
import nl.gezin1plan.monitor.keurmerk.ui.KeurmerkTabel;
import nl.gezin1plan.monitor.rapportage.VoortgangRegel;
import nl.gezin1plan.monitor.rapportage.VoortgangService;
import nl.gezin1plan.monitor.uitvraag.UitvraagFilter;
import nl.gezin1plan.monitor.security.Rechten;
import nl.gezin1plan.monitor.uitnodiging.UitnodigingBeheerService;
import nl.gezin1plan.monitor.uitnodiging.ui.UitnodigingKolommen;
import nl.gezin1plan.monitor.uitvraag.UitvraagRondeService;
import nl.gezin1plan.monitor.uitvraag.UitvraagStatus;

/** The round of a year: every organisation with status, progress, submission and keurmerk; late ones stand out. */
@Route("uitvraag/ronde")
@PageTitle("Uitvraag organisaties | 1Gezin1Plan implementatiemonitor")
@RolesAllowed(Rechten.GEMEENTECIJFERS)
@Menu(title = "menu.ronde", order = 40)
public class RondeOverzichtView extends Main implements BeforeEnterObserver {

    private final VoortgangService voortgang;
    private final UitvraagRondeService rondes;
    private final Clock clock;
    private final UitnodigingBeheerService uitnodigingen;
    private final HerinneringService herinneringen;
    private UitnodigingKolommen<VoortgangRegel> uitnodigingKolommen;
    private Map<Long, Instant> laatsteHerinneringen = Map.of();
    private int jaar;
    final Grid<VoortgangRegel> grid = new Grid<>();
    final TextField zoek = new TextField();
    final Select<UitvraagStatus> statusFilter = new Select<>();
    final DatePicker opentOp = Formaat.datumKiezer("");
    final DatePicker deadline = Formaat.datumKiezer("");

    public RondeOverzichtView(VoortgangService voortgang, UitvraagRondeService rondes, Clock clock,
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
        if (voortgang.magBeoordelen()) {
            add(openen(ronde.orElse(null)));
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

    private Section openen(nl.gezin1plan.monitor.uitvraag.RondeOpening bestaand) {
        opentOp.setLabel(getTranslation("ronde.opent-op"));
        deadline.setLabel(getTranslation("ronde.deadline"));
        opentOp.setValue(bestaand == null ? LocalDate.now(clock) : bestaand.opentOp());
        deadline.setValue(bestaand == null ? LocalDate.now(clock).plusWeeks(6) : bestaand.deadline());
        opentOp.setReadOnly(bestaand != null);
        deadline.setReadOnly(bestaand != null);
        String titel = getTranslation(bestaand == null ? "ronde.openen" : "ronde.aanvullen");
        Button openen = new Button(titel, e -> {
            try {
                var opening = rondes.openRonde(jaar, opentOp.getValue(), deadline.getValue());
                Notification.show(getTranslation(opening.eigenDeadline() == null ? "ronde.geopend"
                        : "ronde.geopend-eigen-deadline", opening.nieuw(), opening.alAanwezig(),
                        Formaat.datum(opening.eigenDeadline())));
                toon();
            } catch (OngeldigeInvoer fout) {
                deadline.setErrorMessage(fout.fouten().getOrDefault("deadline", fout.fouten().get("opentOp")));
                deadline.setInvalid(true);
            }
        });
        FlexLayout formulier = new FlexLayout(opentOp, deadline, openen);
        formulier.addClassName("filters");
        formulier.setAlignItems(FlexLayout.Alignment.BASELINE);
        return new Section(new H2(titel), formulier);
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

    private Grid<VoortgangRegel> tabel() {
        grid.removeAllColumns();
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setHeight("60vh");
        grid.addColumn(VoortgangRegel::organisatie).setHeader(getTranslation("ronde.organisatie")).setFlexGrow(3);
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
        uitnodigingKolommen = new UitnodigingKolommen<>(uitnodigingen, grid, VoortgangRegel::organisatieId,
                VoortgangRegel::organisatie, r -> Formaat.datumTijd(laatsteHerinneringen.get(r.organisatieId())),
                voortgang.magBeoordelen());
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
