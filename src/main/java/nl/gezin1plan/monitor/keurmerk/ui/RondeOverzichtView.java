package nl.gezin1plan.monitor.keurmerk.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridSortOrder;
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
import com.vaadin.flow.data.provider.ListDataProvider;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import nl.gezin1plan.monitor.base.OngeldigeInvoer;
import nl.gezin1plan.monitor.base.ui.Formaat;
import nl.gezin1plan.monitor.base.ui.Jaar;
import nl.gezin1plan.monitor.keurmerk.KeurmerkService;
import nl.gezin1plan.monitor.keurmerk.RondeRegel;
import nl.gezin1plan.monitor.organisatie.Rol;
import nl.gezin1plan.monitor.security.Rollen;
import nl.gezin1plan.monitor.security.Toegang;
import nl.gezin1plan.monitor.uitvraag.UitvraagRondeService;
import nl.gezin1plan.monitor.uitvraag.UitvraagStatus;

/** The round of a year: every organisation with status, progress, submission and keurmerk; late ones stand out. */
@Route("uitvraag/ronde")
@PageTitle("Uitvraag organisaties | 1Gezin1Plan implementatiemonitor")
@RolesAllowed({Rollen.AGENDAHOUDER, Rollen.BEHEERDER, Rollen.ACCOUNTMANAGER})
public class RondeOverzichtView extends Main implements BeforeEnterObserver {

    private final KeurmerkService keurmerk;
    private final UitvraagRondeService rondes;
    private final Toegang toegang;
    private final Clock clock;
    private int jaar;
    final Grid<RondeRegel> grid = new Grid<>();
    final TextField zoek = new TextField();
    final Select<UitvraagStatus> statusFilter = new Select<>();
    final DatePicker opentOp = Formaat.datumKiezer("");
    final DatePicker deadline = Formaat.datumKiezer("");

    public RondeOverzichtView(KeurmerkService keurmerk, UitvraagRondeService rondes, Toegang toegang, Clock clock) {
        this.keurmerk = keurmerk;
        this.rondes = rondes;
        this.toegang = toegang;
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
        Rol rol = toegang.huidigeGebruiker().rol();
        var ronde = rondes.ronde(jaar);
        ronde.ifPresent(r -> add(new Paragraph(getTranslation("ronde.info", Formaat.datum(r.opentOp()),
                Formaat.datum(r.deadline()), r.definitie()))));
        if (rol == Rol.AGENDAHOUDER || rol == Rol.BEHEERDER) {
            add(openen(ronde.orElse(null)));
        }
        List<RondeRegel> regels = keurmerk.rondeOverzicht(jaar);
        if (regels.isEmpty()) {
            add(new Paragraph(getTranslation("ronde.geen", jaar)));
            return;
        }
        add(filters(), tabel(regels));
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
                Notification.show(getTranslation("ronde.geopend", opening.nieuw(), opening.alAanwezig()));
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

    private Grid<RondeRegel> tabel(List<RondeRegel> regels) {
        grid.removeAllColumns();
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        var naam = grid.addColumn(RondeRegel::organisatie).setHeader(getTranslation("ronde.organisatie"))
                .setSortable(true).setComparator(Comparator.comparing(RondeRegel::organisatie, String.CASE_INSENSITIVE_ORDER))
                .setFlexGrow(3);
        grid.addComponentColumn(r -> {
            Span status = new Span(r.status().label());
            if (r.teLaat()) {
                Span laat = KeurmerkTabel.uitkomst(nl.gezin1plan.monitor.keurmerk.Uitkomst.NIET_VOLDAAN);
                laat.setText(getTranslation("ronde.te-laat"));
                return new Span(status, new Span(" "), laat);
            }
            return status;
        }).setHeader(getTranslation("ronde.status")).setSortable(true)
                .setComparator(Comparator.comparing(RondeRegel::status)).setAutoWidth(true);
        grid.addColumn(r -> r.procentBeantwoord() + "%").setHeader(getTranslation("ronde.voortgang"))
                .setSortable(true).setComparator(Comparator.comparingInt(RondeRegel::procentBeantwoord)).setAutoWidth(true);
        grid.addColumn(r -> Formaat.datumTijd(r.ingediendOp())).setHeader(getTranslation("ronde.ingediend-op"))
                .setSortable(true).setComparator(Comparator.comparing(RondeRegel::ingediendOp,
                        Comparator.nullsLast(Comparator.naturalOrder()))).setAutoWidth(true);
        grid.addComponentColumn(r -> KeurmerkTabel.uitkomst(r.keurmerk().totaal()))
                .setHeader(getTranslation("ronde.keurmerk")).setSortable(true)
                .setComparator(Comparator.comparing(r -> r.keurmerk().totaal())).setAutoWidth(true);
        grid.addComponentColumn(r -> new Button(getTranslation("ronde.details"),
                e -> getUI().ifPresent(ui -> ui.navigate("uitvraag/detail/" + r.uitvraagId())))).setAutoWidth(true);
        grid.setPartNameGenerator(r -> r.teLaat() ? "verlopen" : null);
        grid.setItems(new ListDataProvider<>(regels));
        grid.setAllRowsVisible(regels.size() <= 50);
        grid.sort(List.of(new GridSortOrder<>(naam, com.vaadin.flow.data.provider.SortDirection.ASCENDING)));
        return grid;
    }

    @SuppressWarnings("unchecked")
    private void filter() {
        ListDataProvider<RondeRegel> data = (ListDataProvider<RondeRegel>) grid.getDataProvider();
        String tekst = zoek.getValue().strip().toLowerCase(Locale.ROOT);
        data.setFilter(r -> (tekst.isEmpty() || r.organisatie().toLowerCase(Locale.ROOT).contains(tekst))
                && (statusFilter.getValue() == null || statusFilter.getValue() == r.status()));
    }
}
