package nl.gezin1plan.monitor.rapportage.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
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
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import nl.gezin1plan.monitor.base.ui.Formaat;
import nl.gezin1plan.monitor.base.ui.Jaar;
import nl.gezin1plan.monitor.keurmerk.KeurmerkCriteria;
import nl.gezin1plan.monitor.keurmerk.ui.KeurmerkTabel;
import nl.gezin1plan.monitor.rapportage.OrganisatieVoortgangRegel;
import nl.gezin1plan.monitor.rapportage.OrganisatieVoortgangService;
import nl.gezin1plan.monitor.security.Rechten;
import nl.gezin1plan.monitor.uitvraag.AntwoordTekst;
import nl.gezin1plan.monitor.uitvraag.UitvraagFilter;
import nl.gezin1plan.monitor.uitvraag.UitvraagInhoud;
import nl.gezin1plan.monitor.uitvraag.UitvraagStatus;
import nl.gezin1plan.monitor.uitvraag.Vraag;

/** Progress per organisation for a year; only the visible page is fetched, and the CSV uses the same filters. */
@Route("rapportage/voortgang")
@PageTitle("Voortgang per organisatie | 1Gezin1Plan implementatiemonitor")
@RolesAllowed(Rechten.GEMEENTECIJFERS)
@Menu(title = "menu.voortgang", order = 50)
public class OrganisatieVoortgangView extends Main implements BeforeEnterObserver {

    private final OrganisatieVoortgangService service;
    private final Clock clock;
    private int jaar;
    final Grid<OrganisatieVoortgangRegel> grid = new Grid<>();
    final TextField zoek = new TextField();
    final Select<UitvraagStatus> status = new Select<>();
    final Anchor download = new Anchor();

    public OrganisatieVoortgangView(OrganisatieVoortgangService service, Clock clock) {
        this.service = service;
        this.clock = clock;
        addClassName("voortgang-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        jaar = Jaar.uit(event, clock);
        removeAll();
        add(new H1(getTranslation("voortgang.titel", jaar)));
        Select<Integer> jaarKeuze = new Select<>();
        jaarKeuze.setLabel(getTranslation("ronde.jaar"));
        int dit = LocalDate.now(clock).getYear();
        jaarKeuze.setItems(dit, dit - 1, dit - 2, dit - 3, dit - 4);
        jaarKeuze.setValue(jaar);
        jaarKeuze.addValueChangeListener(e -> getUI().ifPresent(ui -> ui.navigate("rapportage/voortgang",
                QueryParameters.of("jaar", String.valueOf(e.getValue())))));
        zoek.setLabel(getTranslation("ronde.zoek"));
        zoek.setValueChangeMode(ValueChangeMode.LAZY);
        zoek.setClearButtonVisible(true);
        status.setLabel(getTranslation("ronde.filter-status"));
        status.setEmptySelectionAllowed(true);
        status.setEmptySelectionCaption(getTranslation("ronde.alle"));
        status.setItems(UitvraagStatus.values());
        status.setItemLabelGenerator(s -> s == null ? getTranslation("ronde.alle") : s.label());
        download.setText(getTranslation("voortgang.download"));
        download.getElement().setAttribute("download", true);
        FlexLayout filters = new FlexLayout(jaarKeuze, zoek, status, download);
        filters.addClassName("filters");
        filters.setAlignItems(FlexLayout.Alignment.BASELINE);
        filters.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        add(filters);
        kolommen(service.inhoud(jaar).orElse(null));
        zoek.addValueChangeListener(e -> vernieuw());
        status.addValueChangeListener(e -> vernieuw());
        add(grid);
        vernieuw();
    }

    private void kolommen(UitvraagInhoud inhoud) {
        grid.removeAllColumns();
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT);
        grid.setHeight("70vh");
        grid.addColumn(OrganisatieVoortgangRegel::organisatie).setHeader(getTranslation("ronde.organisatie")).setFrozen(true)
                .setWidth("16rem").setFlexGrow(0);
        grid.addColumn(r -> r.status().label()).setHeader(getTranslation("ronde.status")).setAutoWidth(true);
        grid.addColumn(r -> Formaat.datumTijd(r.ingediendOp())).setHeader(getTranslation("ronde.ingediend-op")).setAutoWidth(true);
        grid.addColumn(r -> r.procentBeantwoord() + "%").setHeader(getTranslation("ronde.voortgang")).setAutoWidth(true);
        grid.addComponentColumn(r -> KeurmerkTabel.uitkomst(r.keurmerk().totaal())).setHeader(getTranslation("ronde.keurmerk"))
                .setAutoWidth(true);
        if (inhoud != null) {
            KeurmerkCriteria.van(inhoud).forEach(c -> {
                Span kop = new Span(c.sleutel());
                kop.setTitle(c.naam());
                kop.getElement().setAttribute("aria-label", c.naam());
                grid.addColumn(r -> r.keurmerk().criterium(c.sleutel()).uitkomst().label()).setHeader(kop).setAutoWidth(true);
            });
            inhoud.kerncijfers().forEach(k -> {
                Vraag vraag = inhoud.vraag(k.vraag()).orElseThrow();
                grid.addColumn(r -> Objects.toString(AntwoordTekst.van(vraag, r.kerncijfers().get(k.kolom())), ""))
                        .setHeader(k.naam()).setAutoWidth(true);
            });
        }
        grid.addColumn(OrganisatieVoortgangRegel::verandering).setHeader(getTranslation("voortgang.verandering")).setAutoWidth(true);
        grid.addItemClickListener(e -> getUI().ifPresent(ui -> ui.navigate("organisatie/" + e.getItem().organisatieId())));
    }

    private void vernieuw() {
        UitvraagFilter filter = new UitvraagFilter(zoek.getValue(), status.getValue());
        grid.setItems(query -> service.regels(jaar, filter, query.getOffset(), query.getLimit()).stream(),
                query -> (int) service.aantal(jaar, filter));
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put("jaar", String.valueOf(jaar));
        if (filter.zoek() != null) {
            parameters.put("zoek", filter.zoek());
        }
        if (filter.status() != null) {
            parameters.put("status", filter.status().name());
        }
        download.setHref("export/voortgang.csv?" + String.join("&", parameters.entrySet().stream()
                .map(p -> p.getKey() + "=" + URLEncoder.encode(p.getValue(), StandardCharsets.UTF_8)).toList()));
    }
}
