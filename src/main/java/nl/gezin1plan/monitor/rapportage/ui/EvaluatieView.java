package nl.gezin1plan.monitor.rapportage.ui;

import nl.gezin1plan.monitor.base.ui.Jaar;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import nl.gezin1plan.monitor.base.OngeldigeInvoer;
import nl.gezin1plan.monitor.base.ui.Downloadlink;
import nl.gezin1plan.monitor.base.ui.Formaat;
import nl.gezin1plan.monitor.checklist.GemeenteKeuze;
import nl.gezin1plan.monitor.checklist.GemeenteOverzichtService;
import nl.gezin1plan.monitor.rapportage.DialoogsessieGegevens;
import nl.gezin1plan.monitor.rapportage.EvaluatieService;
import nl.gezin1plan.monitor.rapportage.KlantpanelGegevens;
import nl.gezin1plan.monitor.security.Rechten;

/** Client panels and the yearly dialoogsessie of a gemeente in one place, for the yearly evaluation. */
@Route("evaluatie")
@PageTitle("Klantpanels en dialoogsessies | 1Gezin1Plan implementatiemonitor")
@RolesAllowed(Rechten.GEMEENTECIJFERS)
@Menu(title = "menu.evaluatie", order = 60)
public class EvaluatieView extends Main implements BeforeEnterObserver {

    private final EvaluatieService service;
    private final GemeenteOverzichtService gemeenten;
    private final Clock clock;
    private long gemeenteId;
    private int jaar;
    final DatePicker panelDatum = Formaat.datumKiezer("");
    final IntegerField deelnemers = new IntegerField();
    final TextArea aanspreekpunt = new TextArea();
    final TextArea positief = new TextArea();
    final TextArea negatief = new TextArea();
    final TextArea tips = new TextArea();
    final DatePicker sessieDatum = Formaat.datumKiezer("");
    final TextArea gaatGoed = new TextArea();
    final TextArea aandacht = new TextArea();
    final TextArea evaluatie = new TextArea();

    public EvaluatieView(EvaluatieService service, GemeenteOverzichtService gemeenten, Clock clock) {
        this.service = service;
        this.gemeenten = gemeenten;
        this.clock = clock;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        QueryParameters query = event.getLocation().getQueryParameters();
        List<GemeenteKeuze> keuzes = gemeenten.gemeenten();
        jaar = Jaar.uit(event, clock);
        gemeenteId = query.getSingleParameter("gemeente").filter(g -> g.matches("\\d{1,18}")).map(Long::parseLong)
                .filter(id -> keuzes.stream().anyMatch(k -> k.id() == id)).orElse(keuzes.getFirst().id());
        toon(keuzes);
    }

    private void toon(List<GemeenteKeuze> keuzes) {
        removeAll();
        var stand = service.evaluatie(gemeenteId, jaar);
        String naam = keuzes.stream().filter(k -> k.id() == gemeenteId).findFirst().orElseThrow().naam();
        add(new H1(getTranslation("evaluatie.titel", naam, jaar)));
        add(new Paragraph(getTranslation("evaluatie.uitleg")));
        Select<GemeenteKeuze> gemeente = new Select<>();
        gemeente.setLabel(getTranslation("gemeente.kies"));
        gemeente.setItems(keuzes);
        gemeente.setItemLabelGenerator(GemeenteKeuze::naam);
        gemeente.setValue(keuzes.stream().filter(k -> k.id() == gemeenteId).findFirst().orElseThrow());
        gemeente.addValueChangeListener(e -> naar(e.getValue().id(), jaar));
        Select<Integer> jaarKeuze = new Select<>();
        jaarKeuze.setLabel(getTranslation("ronde.jaar"));
        int dit = LocalDate.now(clock).getYear();
        jaarKeuze.setItems(dit, dit - 1, dit - 2, dit - 3);
        jaarKeuze.setValue(jaar);
        jaarKeuze.addValueChangeListener(e -> naar(gemeenteId, e.getValue()));
        FlexLayout kop = new FlexLayout(gemeente, jaarKeuze, Downloadlink.van("export/jaarrapport.pdf?jaar=" + jaar
                + "&gemeente=" + gemeenteId, getTranslation("rapport.jaarrapport")));
        kop.setAlignItems(FlexLayout.Alignment.BASELINE);
        kop.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        kop.addClassName("filters");
        add(kop);

        add(new H2(getTranslation("evaluatie.klantpanels")));
        if (stand.klantpanels().isEmpty()) {
            add(new Paragraph(getTranslation("evaluatie.geen")));
        }
        for (KlantpanelGegevens panel : stand.klantpanels()) {
            add(new Div(new H3(Formaat.datum(panel.datum()) + (panel.aantalDeelnemers() == null ? ""
                    : " – " + getTranslation("evaluatie.deelnemers-aantal", panel.aantalDeelnemers()))),
                    antwoord("evaluatie.vraag1", panel.eenAanspreekpunt()), antwoord("evaluatie.vraag2", panel.positief()),
                    antwoord("evaluatie.vraag3", panel.negatief()), antwoord("evaluatie.vraag4", panel.tips())));
        }
        if (stand.wijzigbaar()) {
            add(klantpanelFormulier());
        }
        add(new H2(getTranslation("evaluatie.dialoogsessies")));
        if (stand.dialoogsessies().isEmpty()) {
            add(new Paragraph(getTranslation("evaluatie.geen")));
        }
        for (DialoogsessieGegevens sessie : stand.dialoogsessies()) {
            add(new Div(new H3(Formaat.datum(sessie.datum())), antwoord("evaluatie.gaat-goed", sessie.gaatGoed()),
                    antwoord("evaluatie.aandacht", sessie.aandachtspunten()), antwoord("evaluatie.evaluatie", sessie.evaluatie())));
        }
        if (stand.wijzigbaar()) {
            add(dialoogFormulier());
        }
    }

    private Paragraph antwoord(String vraag, String tekst) {
        return new Paragraph(getTranslation(vraag) + " " + (tekst == null ? "–" : tekst));
    }

    private Div klantpanelFormulier() {
        panelDatum.setLabel(getTranslation("gesprek.datum"));
        deelnemers.setLabel(getTranslation("evaluatie.deelnemers"));
        aanspreekpunt.setLabel(getTranslation("evaluatie.vraag1"));
        positief.setLabel(getTranslation("evaluatie.vraag2"));
        negatief.setLabel(getTranslation("evaluatie.vraag3"));
        tips.setLabel(getTranslation("evaluatie.vraag4"));
        Button vastleggen = new Button(getTranslation("evaluatie.klantpanel-vastleggen"), e -> {
            try {
                service.legKlantpanelVast(gemeenteId, jaar, new KlantpanelGegevens(panelDatum.getValue(),
                        deelnemers.getValue(), aanspreekpunt.getValue(), positief.getValue(), negatief.getValue(),
                        tips.getValue()));
                Notification.show(getTranslation("evaluatie.vastgelegd"));
                naar(gemeenteId, jaar);
            } catch (OngeldigeInvoer fout) {
                toon(fout.fouten(), Map.of("datum", panelDatum, "aantalDeelnemers", deelnemers,
                        "eenAanspreekpunt", aanspreekpunt, "positief", positief, "negatief", negatief, "tips", tips));
            }
        });
        return new Div(new H3(getTranslation("evaluatie.klantpanel-nieuw")),
                new FormLayout(panelDatum, deelnemers, aanspreekpunt, positief, negatief, tips), vastleggen);
    }

    private Div dialoogFormulier() {
        sessieDatum.setLabel(getTranslation("gesprek.datum"));
        gaatGoed.setLabel(getTranslation("evaluatie.gaat-goed"));
        aandacht.setLabel(getTranslation("evaluatie.aandacht"));
        evaluatie.setLabel(getTranslation("evaluatie.evaluatie"));
        Button vastleggen = new Button(getTranslation("evaluatie.dialoog-vastleggen"), e -> {
            try {
                service.legDialoogsessieVast(gemeenteId, jaar, new DialoogsessieGegevens(sessieDatum.getValue(),
                        gaatGoed.getValue(), aandacht.getValue(), evaluatie.getValue()));
                Notification.show(getTranslation("evaluatie.vastgelegd"));
                naar(gemeenteId, jaar);
            } catch (OngeldigeInvoer fout) {
                toon(fout.fouten(), Map.of("datum", sessieDatum, "gaatGoed", gaatGoed, "aandachtspunten", aandacht,
                        "evaluatie", evaluatie));
            }
        });
        return new Div(new H3(getTranslation("evaluatie.dialoog-nieuw")),
                new FormLayout(sessieDatum, gaatGoed, aandacht, evaluatie), vastleggen);
    }

    private static void toon(Map<String, String> fouten, Map<String, HasValidation> velden) {
        velden.forEach((veld, component) -> {
            component.setErrorMessage(fouten.get(veld));
            component.setInvalid(fouten.containsKey(veld));
        });
    }

    private void naar(long gemeente, int nieuwJaar) {
        getUI().ifPresent(ui -> ui.navigate("evaluatie", QueryParameters.simple(Map.of("gemeente",
                String.valueOf(gemeente), "jaar", String.valueOf(nieuwJaar)))));
    }
}
