package nl.gezin1plan.monitor.rapportage.ui;

import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import nl.gezin1plan.monitor.base.OngeldigeInvoer;
import nl.gezin1plan.monitor.base.ui.Downloadlink;
import nl.gezin1plan.monitor.base.ui.Formaat;
import nl.gezin1plan.monitor.base.ui.RijKnop;
import nl.gezin1plan.monitor.beheer.OrganisatieGegevens;
import nl.gezin1plan.monitor.beheer.OrganisatieRegel;
import nl.gezin1plan.monitor.beheer.OrganisatieRegisterService;
import nl.gezin1plan.monitor.bijlage.BijlageService;
import nl.gezin1plan.monitor.bijlage.BijlageSoort;
import nl.gezin1plan.monitor.bijlage.ui.BijlagenDialoog;
import nl.gezin1plan.monitor.keurmerk.KeurmerkService;
import nl.gezin1plan.monitor.keurmerk.KeurmerkUitslag;
import nl.gezin1plan.monitor.keurmerk.ui.KeurmerkTabel;
import nl.gezin1plan.monitor.rapportage.AccountgesprekGegevens;
import nl.gezin1plan.monitor.rapportage.AccountgesprekRegel;
import nl.gezin1plan.monitor.rapportage.AccountgesprekService;
import nl.gezin1plan.monitor.security.Rechten;
import nl.gezin1plan.monitor.uitvraag.UitvraagStandService;
import nl.gezin1plan.monitor.uitvraag.UitvraagStand;
import org.springframework.security.access.AccessDeniedException;

/** One organisation: its details, its uitvragen over all years, its accountgesprekken and a form to record a new one. */
@Route("organisatie/:id([0-9]{1,18})")
@PageTitle("Organisatie | 1Gezin1Plan implementatiemonitor")
@RolesAllowed(Rechten.GEMEENTECIJFERS)
public class OrganisatieDetailView extends Main implements BeforeEnterObserver {

    private final OrganisatieRegisterService register;
    private final UitvraagStandService uitvraagStanden;
    private final KeurmerkService keurmerk;
    private final AccountgesprekService gesprekken;
    private final BijlageService bijlagen;
    private final Clock clock;
    private long organisatieId;
    final Grid<AccountgesprekRegel> gesprekGrid = new Grid<>();
    final DatePicker datum = Formaat.datumKiezer("");
    final TextField deelnemers = new TextField();
    final TextArea voortgang = new TextArea();
    final TextArea kansen = new TextArea();
    final TextArea belemmeringen = new TextArea();
    final TextField vervolgactie = new TextField();
    final TextField vervolgEigenaar = new TextField();
    final DatePicker vervolgDatum = Formaat.datumKiezer("");
    final Button vastleggen = new Button();

    public OrganisatieDetailView(OrganisatieRegisterService register, UitvraagStandService uitvraagStanden, KeurmerkService keurmerk,
                                 AccountgesprekService gesprekken, BijlageService bijlagen, Clock clock) {
        this.register = register;
        this.bijlagen = bijlagen;
        this.uitvraagStanden = uitvraagStanden;
        this.keurmerk = keurmerk;
        this.gesprekken = gesprekken;
        this.clock = clock;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        organisatieId = Long.parseLong(event.getRouteParameters().get("id").orElseThrow());
        removeAll();
        try {
            toon();
        } catch (AccessDeniedException e) {
            removeAll();
            add(new H1(getTranslation("app.fout.geen-toegang")));
        }
    }

    private void toon() {
        OrganisatieRegel organisatie = register.organisatie(organisatieId);
        List<UitvraagStand> historie = uitvraagStanden.historie(organisatieId);
        List<AccountgesprekRegel> gesprekLijst = gesprekken.vanOrganisatie(organisatieId);
        add(new H1(getTranslation("organisatie.titel", organisatie.naam())), gegevens(organisatie));
        add(new H2(getTranslation("organisatie.historie")));
        if (historie.isEmpty()) {
            add(new Paragraph(getTranslation("organisatie.geen-uitvraag")));
        }
        Map<Long, KeurmerkUitslag> uitslagen = keurmerk.uitslagen(historie);
        for (UitvraagStand stand : historie) {
            KeurmerkUitslag uitslag = uitslagen.get(stand.uitvraagId());
            Paragraph regel = new Paragraph(getTranslation("organisatie.jaar", stand.jaar(), stand.status().label(),
                    stand.beantwoord(), stand.teBeantwoorden()) + " ");
            regel.add(KeurmerkTabel.uitkomst(uitslag.totaal()));
            regel.add(new Text(" "), Downloadlink.van("export/organisatierapport.pdf?jaar=" + stand.jaar()
                    + "&organisatie=" + organisatieId, getTranslation("rapport.organisatie.jaar", stand.jaar())));
            add(regel, new Div(new KeurmerkTabel(uitslag, null)));
        }
        add(new H2(getTranslation("gesprek.titel")));
        gesprekGrid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        gesprekGrid.setAllRowsVisible(true);
        gesprekGrid.removeAllColumns();
        gesprekGrid.addColumn(g -> Formaat.datum(g.datum())).setHeader(getTranslation("gesprek.datum")).setAutoWidth(true);
        gesprekGrid.addColumn(AccountgesprekRegel::deelnemers).setHeader(getTranslation("gesprek.deelnemers"));
        gesprekGrid.addColumn(AccountgesprekRegel::voortgang).setHeader(getTranslation("gesprek.voortgang")).setFlexGrow(2);
        gesprekGrid.addColumn(AccountgesprekRegel::kansen).setHeader(getTranslation("gesprek.kansen")).setFlexGrow(2);
        gesprekGrid.addColumn(AccountgesprekRegel::belemmeringen).setHeader(getTranslation("gesprek.belemmeringen")).setFlexGrow(2);
        gesprekGrid.addComponentColumn(this::vervolg).setHeader(getTranslation("gesprek.vervolg")).setFlexGrow(2);
        gesprekGrid.addComponentColumn(g -> RijKnop.van(getTranslation("bijlage.titel"), Formaat.datum(g.datum()),
                e -> new BijlagenDialoog(bijlagen, BijlageSoort.ACCOUNTGESPREK, g.id(), null,
                        getTranslation("gesprek.titel-kort", Formaat.datum(g.datum()))).open()))
                .setHeader(getTranslation("bijlage.titel")).setAutoWidth(true);
        gesprekGrid.setItems(gesprekLijst);
        add(gesprekGrid, formulier());
    }

    /** Name, KvK, type, gemeenten and contacts: shown whether or not the organisation had an uitvraag yet. */
    private DescriptionList gegevens(OrganisatieRegel organisatie) {
        String geen = getTranslation("organisatie.onbekend");
        DescriptionList lijst = new DescriptionList();
        lijst.addClassName("organisatie-gegevens");
        gegeven(lijst, "organisaties.naam", organisatie.naam());
        gegeven(lijst, "organisaties.kvk", organisatie.kvkNummer() == null ? geen : organisatie.kvkNummer());
        gegeven(lijst, "organisaties.type", organisatie.type() == null ? geen : organisatie.type().label());
        gegeven(lijst, "organisaties.jeugd.lang", getTranslation(organisatie.werktMetJeugd() ? "organisatie.ja" : "organisatie.nee"));
        gegeven(lijst, "organisaties.gemeenten", organisatie.gemeenten().isEmpty() ? geen
                : String.join(", ", organisatie.gemeenten()));
        gegeven(lijst, "organisaties.contactpersonen", organisatie.contactpersonen().isEmpty() ? geen
                : organisatie.contactpersonen().stream().map(OrganisatieDetailView::contact)
                .collect(Collectors.joining("; ")));
        return lijst;
    }

    private void gegeven(DescriptionList lijst, String term, String waarde) {
        lijst.add(new DescriptionList.Term(getTranslation(term)), new DescriptionList.Description(waarde));
    }

    private static String contact(OrganisatieGegevens.Contact contact) {
        return Stream.of(contact.naam(), contact.rol(), contact.email()).filter(d -> d != null && !d.isBlank())
                .collect(Collectors.joining(", "));
    }

    private Div vervolg(AccountgesprekRegel gesprek) {
        Div cel = new Div();
        if (gesprek.vervolgactie() == null) {
            return cel;
        }
        cel.add(new Paragraph(gesprek.vervolgactie() + " (" + gesprek.vervolgEigenaar() + ", " + Formaat.datum(gesprek.vervolgDatum()) + ")"));
        if (gesprek.vervolgAfgerond()) {
            cel.add(KeurmerkTabel.uitkomst(nl.gezin1plan.monitor.keurmerk.Uitkomst.VOLDAAN));
        } else {
            if (gesprek.isVervolgVerlopen(LocalDate.now(clock))) {
                cel.add(new Paragraph(getTranslation("checklist.verlopen")));
            }
            cel.add(new Button(getTranslation("gesprek.afronden"), e -> {
                gesprekken.rondVervolgAf(gesprek.id());
                removeAll();
                toon();
            }));
        }
        return cel;
    }

    private Div formulier() {
        datum.setLabel(getTranslation("gesprek.datum"));
        datum.setValue(LocalDate.now(clock));
        deelnemers.setLabel(getTranslation("gesprek.deelnemers"));
        voortgang.setLabel(getTranslation("gesprek.voortgang"));
        kansen.setLabel(getTranslation("gesprek.kansen"));
        belemmeringen.setLabel(getTranslation("gesprek.belemmeringen"));
        vervolgactie.setLabel(getTranslation("gesprek.vervolgactie"));
        vervolgEigenaar.setLabel(getTranslation("gesprek.eigenaar"));
        vervolgDatum.setLabel(getTranslation("gesprek.vervolgdatum"));
        vastleggen.setText(getTranslation("gesprek.vastleggen"));
        vastleggen.addThemeVariants(ButtonVariant.PRIMARY);
        vastleggen.addClickListener(e -> {
            try {
                gesprekken.leg(organisatieId, new AccountgesprekGegevens(datum.getValue(), deelnemers.getValue(),
                        voortgang.getValue(), kansen.getValue(), belemmeringen.getValue(), vervolgactie.getValue(),
                        vervolgEigenaar.getValue(), vervolgDatum.getValue()));
                Notification.show(getTranslation("gesprek.vastgelegd"));
                removeAll();
                toon();
            } catch (OngeldigeInvoer fout) {
                Map<String, com.vaadin.flow.component.HasValidation> velden = Map.of("datum", datum, "deelnemers", deelnemers,
                        "voortgang", voortgang, "kansen", kansen, "belemmeringen", belemmeringen,
                        "vervolgactie", vervolgactie, "vervolgEigenaar", vervolgEigenaar);
                velden.forEach((veld, c) -> {
                    c.setErrorMessage(fout.fouten().get(veld));
                    c.setInvalid(fout.fouten().containsKey(veld));
                });
            }
        });
        FormLayout form = new FormLayout(datum, deelnemers, voortgang, kansen, belemmeringen, vervolgactie,
                vervolgEigenaar, vervolgDatum);
        return new Div(new H2(getTranslation("gesprek.nieuw")), form, vastleggen);
    }
}
