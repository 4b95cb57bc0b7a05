package nl.gezin1plan.monitor.audit.ui;

import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import nl.gezin1plan.monitor.audit.AuditFilter;
import nl.gezin1plan.monitor.audit.AuditRegel;
import nl.gezin1plan.monitor.audit.AuditService;
import nl.gezin1plan.monitor.audit.AuditSoort;
import nl.gezin1plan.monitor.base.ui.Formaat;
import nl.gezin1plan.monitor.security.Rechten;

/** The beheerder reads the audit log, newest first, a page at a time, filtered by kind, person and period. */
@Route("beheer/audit")
@PageTitle("Auditlog | 1Gezin1Plan implementatiemonitor")
@RolesAllowed(Rechten.BEHEER)
@Menu(title = "menu.audit", order = 90)
public class AuditView extends Main {

    private final AuditService service;
    final Select<AuditSoort> soort = new Select<>();
    final TextField gebruikersnaam = new TextField();
    final DatePicker van = Formaat.datumKiezer("");
    final DatePicker tot = Formaat.datumKiezer("");
    final Grid<AuditRegel> grid = new Grid<>();

    public AuditView(AuditService service) {
        this.service = service;
        add(new H1(getTranslation("audit.titel")), new Paragraph(getTranslation("audit.uitleg")), filters(), tabel());
        vernieuw();
    }

    private FlexLayout filters() {
        soort.setLabel(getTranslation("audit.soort"));
        soort.setItems(AuditSoort.values());
        soort.setEmptySelectionAllowed(true);
        soort.setEmptySelectionCaption(getTranslation("audit.alle"));
        soort.setItemLabelGenerator(s -> s == null ? getTranslation("audit.alle") : label(s));
        gebruikersnaam.setLabel(getTranslation("audit.gebruikersnaam"));
        gebruikersnaam.setValueChangeMode(ValueChangeMode.LAZY);
        gebruikersnaam.setClearButtonVisible(true);
        van.setLabel(getTranslation("audit.van"));
        tot.setLabel(getTranslation("audit.tot"));
        soort.addValueChangeListener(e -> vernieuw());
        gebruikersnaam.addValueChangeListener(e -> vernieuw());
        van.addValueChangeListener(e -> vernieuw());
        tot.addValueChangeListener(e -> vernieuw());
        FlexLayout filters = new FlexLayout(soort, gebruikersnaam, van, tot);
        filters.addClassName("filters");
        filters.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        return filters;
    }

    private Grid<AuditRegel> tabel() {
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setHeight("65vh");
        grid.addColumn(r -> Formaat.datumTijd(r.tijdstip())).setHeader(getTranslation("audit.tijdstip")).setAutoWidth(true);
        grid.addColumn(AuditRegel::wie).setHeader(getTranslation("audit.wie")).setAutoWidth(true);
        grid.addColumn(r -> r.rol() == null ? "" : getTranslation("rol." + r.rol().name()))
                .setHeader(getTranslation("audit.rol")).setAutoWidth(true);
        grid.addColumn(r -> label(r.soort())).setHeader(getTranslation("audit.soort")).setAutoWidth(true);
        grid.addColumn(AuditRegel::omschrijving).setHeader(getTranslation("audit.omschrijving")).setFlexGrow(3);
        grid.addColumn(AuditRegel::bestand).setHeader(getTranslation("audit.bestand")).setAutoWidth(true);
        grid.addColumn(r -> r.regels() == null ? "" : String.valueOf(r.regels()))
                .setHeader(getTranslation("audit.regels")).setAutoWidth(true);
        grid.addColumn(AuditRegel::bereik).setHeader(getTranslation("audit.bereik")).setFlexGrow(1);
        return grid;
    }

    private void vernieuw() {
        AuditFilter filter = new AuditFilter(soort.getValue(), gebruikersnaam.getValue(), van.getValue(), tot.getValue());
        grid.setItems(query -> service.zoek(filter, query.getOffset(), query.getLimit()).stream(),
                query -> service.tel(filter));
    }

    private String label(AuditSoort soort) {
        return getTranslation("audit.soort." + soort.name());
    }
}
