package nl.gezin1plan.monitor.checklist.ui;

import nl.gezin1plan.monitor.base.ui.Jaar;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import nl.gezin1plan.monitor.bijlage.BijlageService;
import nl.gezin1plan.monitor.checklist.ChecklistEigenaar;
import nl.gezin1plan.monitor.checklist.ChecklistService;
import nl.gezin1plan.monitor.checklist.ChecklistWeergave;
import nl.gezin1plan.monitor.checklist.ItemRegel;
import nl.gezin1plan.monitor.checklist.ItemStatus;
import nl.gezin1plan.monitor.security.Rechten;
import org.springframework.modulith.NamedInterface;
import org.springframework.security.access.AccessDeniedException;

/** The checklist of a gemeente or afdeling for one year, grouped by theme, with filters and an editor. */
@NamedInterface("ui")
@Route("checklist/:soort(gemeente|afdeling)/:id([0-9]{1,18})")
@RolesAllowed(Rechten.CHECKLISTS)
public class ChecklistView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final ChecklistService service;
    private final Clock clock;
    private final BijlageService bijlagen;
    private ChecklistEigenaar eigenaar;
    private int jaar;
    private String titel = "";
    private ChecklistWeergave weergave;

    final Select<String> themaFilter = new Select<>();
    final Select<ItemStatus> statusFilter = new Select<>();
    final TextField verantwoordelijkeFilter = new TextField();
    final Checkbox verlopenFilter = new Checkbox();
    private final Div themas = new Div();

    public ChecklistView(ChecklistService service, Clock clock, BijlageService bijlagen) {
        this.bijlagen = bijlagen;
        this.service = service;
        this.clock = clock;
        addClassName("checklist-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        eigenaar = ChecklistEigenaar.van(event.getRouteParameters().get("soort").orElseThrow(),
                Long.parseLong(event.getRouteParameters().get("id").orElseThrow()));
        jaar = Jaar.uit(event, clock);
        try {
            toon();
        } catch (AccessDeniedException e) {
            removeAll();
            add(new H1(getTranslation("app.fout.geen-toegang")));
            titel = getTranslation("app.fout.geen-toegang");
        }
    }

    private void toon() {
        removeAll();
        String naam = service.naamVan(eigenaar);
        titel = getTranslation("checklist.titel", naam, jaar);
        add(new H1(titel));
        Optional<ChecklistWeergave> gevonden = service.open(eigenaar, jaar);
        add(kopregel(gevonden.orElse(null)));
        if (gevonden.isEmpty()) {
            add(new Paragraph(getTranslation("checklist.niet-gestart", jaar)));
            if (service.magWijzigen(eigenaar)) {
                Button start = new Button(getTranslation("checklist.start", jaar), e -> start(jaar));
                start.addThemeVariants(ButtonVariant.PRIMARY);
                add(start);
            }
            return;
        }
        weergave = gevonden.get();
        if (!weergave.wijzigbaar()) {
            add(new Paragraph(getTranslation("checklist.alleen-lezen")));
        }
        add(new VoortgangBalk(getTranslation("checklist.voortgang", weergave.voortgang().gereed(),
                weergave.voortgang().toepasselijk(), weergave.voortgang().procent()), weergave.voortgang(), true));
        add(filters());
        themas.addClassName("themas");
        add(themas);
        toonThemas();
    }

    private HorizontalLayout kopregel(ChecklistWeergave gevonden) {
        Select<Integer> jaarKeuze = new Select<>();
        jaarKeuze.setLabel(getTranslation("checklist.jaar"));
        TreeSet<Integer> jaren = new TreeSet<>(service.jaren(eigenaar));
        jaren.add(jaar);
        jaren.add(LocalDate.now(clock).getYear());
        jaarKeuze.setItems(jaren.descendingSet());
        jaarKeuze.setValue(jaar);
        jaarKeuze.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                naarJaar(e.getValue());
            }
        });
        HorizontalLayout kop = new HorizontalLayout(jaarKeuze);
        kop.setAlignItems(HorizontalLayout.Alignment.BASELINE);
        kop.addClassName("checklist-kop");
        if (gevonden != null) {
            kop.add(new Span(getTranslation("checklist.versie", gevonden.versieNaam())));
            Anchor export = new Anchor("export/checklists.csv?jaar=" + jaar, getTranslation("checklist.export"));
            export.getElement().setAttribute("download", true);
            kop.add(export);
            if (gevonden.wijzigbaar() && !jaren.contains(jaar + 1)) {
                kop.add(new Button(getTranslation("checklist.start-volgend", jaar + 1), e -> start(jaar + 1)));
            }
        }
        return kop;
    }

    private void start(int startJaar) {
        service.start(eigenaar, startJaar);
        Notification.show(getTranslation("checklist.gestart", startJaar, startJaar - 1));
        naarJaar(startJaar);
    }

    private void naarJaar(int nieuwJaar) {
        getUI().ifPresent(ui -> ui.navigate("checklist/" + eigenaar.routeSoort() + "/" + eigenaar.id(),
                QueryParameters.of("jaar", String.valueOf(nieuwJaar))));
    }

    private FlexLayout filters() {
        themaFilter.setLabel(getTranslation("checklist.filter.thema"));
        themaFilter.setEmptySelectionAllowed(true);
        themaFilter.setEmptySelectionCaption("Alle thema's");
        themaFilter.setItems(List.copyOf(weergave.perThema().keySet()));
        statusFilter.setLabel(getTranslation("checklist.filter.status"));
        statusFilter.setEmptySelectionAllowed(true);
        statusFilter.setEmptySelectionCaption("Alle statussen");
        statusFilter.setItems(ItemStatus.values());
        statusFilter.setItemLabelGenerator(s -> s == null ? "Alle statussen" : s.label());
        verantwoordelijkeFilter.setLabel(getTranslation("checklist.filter.verantwoordelijke"));
        verantwoordelijkeFilter.setValueChangeMode(ValueChangeMode.LAZY);
        verantwoordelijkeFilter.setClearButtonVisible(true);
        verlopenFilter.setLabel(getTranslation("checklist.filter.verlopen"));
        themaFilter.addValueChangeListener(e -> toonThemas());
        statusFilter.addValueChangeListener(e -> toonThemas());
        verantwoordelijkeFilter.addValueChangeListener(e -> toonThemas());
        verlopenFilter.addValueChangeListener(e -> toonThemas());
        FlexLayout filters = new FlexLayout(themaFilter, statusFilter, verantwoordelijkeFilter, verlopenFilter);
        filters.addClassName("filters");
        filters.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        filters.setAlignItems(FlexLayout.Alignment.BASELINE);
        return filters;
    }

    private void toonThemas() {
        themas.removeAll();
        LocalDate vandaag = LocalDate.now(clock);
        boolean iets = false;
        for (var thema : weergave.perThema().entrySet()) {
            if (themaFilter.getValue() != null && !themaFilter.getValue().equals(thema.getKey())) {
                continue;
            }
            List<ItemRegel> zichtbaar = thema.getValue().stream().filter(i -> voldoet(i, vandaag)).toList();
            if (zichtbaar.isEmpty()) {
                continue;
            }
            iets = true;
            themas.add(new ThemaSectie(thema.getKey(), thema.getValue(), zichtbaar, vandaag, this::openItem));
        }
        if (!iets) {
            themas.add(new Paragraph(getTranslation("checklist.filter.geen")));
        }
    }

    private boolean voldoet(ItemRegel item, LocalDate vandaag) {
        String wie = verantwoordelijkeFilter.getValue().strip().toLowerCase(java.util.Locale.ROOT);
        return (statusFilter.getValue() == null || statusFilter.getValue() == item.status())
                && (wie.isEmpty() || (item.verantwoordelijke() != null
                && item.verantwoordelijke().toLowerCase(java.util.Locale.ROOT).contains(wie)))
                && (!verlopenFilter.getValue() || item.isVerlopen(vandaag));
    }

    void openItem(ItemRegel item) {
        new ItemDialog(service, bijlagen, item, weergave.wijzigbaar(), opgeslagen -> toon()).open();
    }

    @Override
    public String getPageTitle() {
        return titel + " | " + getTranslation("app.titel");
    }
}
