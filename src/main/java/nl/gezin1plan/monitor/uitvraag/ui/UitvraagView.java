package nl.gezin1plan.monitor.uitvraag.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import nl.gezin1plan.monitor.base.OngeldigeInvoer;
import nl.gezin1plan.monitor.base.ui.Formaat;
import nl.gezin1plan.monitor.base.ui.Jaar;
import nl.gezin1plan.monitor.bijlage.BijlageService;
import nl.gezin1plan.monitor.bijlage.BijlageSoort;
import nl.gezin1plan.monitor.bijlage.ui.BijlagenOpvouwbaar;
import nl.gezin1plan.monitor.security.Rechten;
import nl.gezin1plan.monitor.uitvraag.OnvolledigeUitvraag;
import nl.gezin1plan.monitor.uitvraag.Sectie;
import nl.gezin1plan.monitor.uitvraag.UitvraagService;
import nl.gezin1plan.monitor.uitvraag.UitvraagGebeurtenis;
import nl.gezin1plan.monitor.uitvraag.UitvraagWeergave;
import nl.gezin1plan.monitor.uitvraag.Vraag;
import org.springframework.beans.factory.ObjectProvider;

/**
 * The respondent answers their organisation's uitvraag. Each answer is saved as it is given; questions appear
 * and disappear as the conditions say; submission lists what is still missing.
 */
@Route("uitvraag")
@PageTitle("Uitvraag | 1Gezin1Plan implementatiemonitor")
@RolesAllowed(Rechten.EIGEN_UITVRAAG)
@Menu(title = "menu.uitvraag", order = 110)
public class UitvraagView extends Main implements BeforeEnterObserver {

    private final UitvraagService service;
    private final Clock clock;
    private final ObjectProvider<UitvraagOnderdeel> onderdelen;
    private final BijlageService bijlagen;
    private UitvraagWeergave weergave;
    final Map<String, VraagVeld> velden = new LinkedHashMap<>();
    final Span voortgangTekst = new Span();
    private final ProgressBar voortgang = new ProgressBar(0, 1);
    final Div melding = new Div();
    final Button indienen = new Button();
    ConfirmDialog bevestiging;

    public UitvraagView(UitvraagService service, Clock clock, ObjectProvider<UitvraagOnderdeel> onderdelen,
                        BijlageService bijlagen) {
        this.onderdelen = onderdelen;
        this.bijlagen = bijlagen;
        this.service = service;
        this.clock = clock;
        addClassName("uitvraag-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        int jaar = Jaar.uit(event, clock);
        removeAll();
        velden.clear();
        Optional<UitvraagWeergave> gevonden = service.mijnUitvraag(jaar);
        if (gevonden.isEmpty()) {
            add(new H1(getTranslation("menu.uitvraag") + " " + jaar));
            onderdelen.orderedStream().map(o -> o.boven(jaar)).filter(Objects::nonNull).forEach(this::add);
            add(new Paragraph(getTranslation("uitvraag.geen", jaar)));
            return;
        }
        weergave = gevonden.get();
        toon();
        onderdelen.orderedStream().map(o -> o.boven(jaar)).filter(Objects::nonNull).toList().reversed()
                .forEach(onderdeel -> addComponentAtIndex(1, onderdeel));
    }

    private void toon() {
        add(new H1(getTranslation("uitvraag.titel", weergave.jaar(), weergave.organisatie())));
        add(new Paragraph(getTranslation("uitvraag.status", weergave.status().label()) + " · "
                + getTranslation("uitvraag.deadline", Formaat.datum(weergave.deadline()))));
        if (weergave.bewerkbaar()) {
            add(new Paragraph(getTranslation("uitvraag.uitleg")));
        } else if (weergave.ingediendOp() != null) {
            add(new Paragraph(getTranslation("uitvraag.ingediend", Formaat.datumTijd(weergave.ingediendOp()))));
        }
        weergave.gebeurtenissen().stream().filter(g -> UitvraagGebeurtenis.HEROPEND.equals(g.soort())).findFirst()
                .ifPresent(g -> add(new Paragraph(getTranslation("uitvraag.heropend", g.wie(), g.reden()))));
        voortgangTekst.getElement().setAttribute("aria-live", "polite");
        Div balk = new Div(voortgangTekst, voortgang);
        balk.addClassName("voortgang-groot");
        add(balk);
        melding.getElement().setAttribute("role", "alert");
        melding.addClassName("formulier-melding");
        melding.setVisible(false);
        add(melding);
        Map<String, Integer> aantallen = bijlagen.aantallen(BijlageSoort.UITVRAAG_VRAAG, weergave.id());
        for (Sectie sectie : weergave.inhoud().secties()) {
            Section blok = new Section(new H2(sectie.titel()));
            blok.addClassName("uitvraag-sectie");
            for (Vraag vraag : sectie.vragen()) {
                VraagVeld veld = new VraagVeld(vraag, weergave.antwoorden().get(vraag.sleutel()), weergave.bewerkbaar(),
                        waarde -> beantwoord(vraag, waarde));
                veld.add(new BijlagenOpvouwbaar(bijlagen, BijlageSoort.UITVRAAG_VRAAG, weergave.id(), vraag.sleutel(),
                        vraag.tekst(), aantallen.getOrDefault(vraag.sleutel(), 0)));
                velden.put(vraag.sleutel(), veld);
                blok.add(veld);
            }
            add(blok);
        }
        indienen.setText(getTranslation("uitvraag.indienen"));
        indienen.addThemeVariants(ButtonVariant.PRIMARY);
        indienen.addClickListener(e -> vraagBevestiging());
        indienen.setVisible(weergave.bewerkbaar());
        add(indienen);
        if (!weergave.bewerkbaar()) {
            add(new Paragraph(new com.vaadin.flow.component.html.Anchor("keurmerk?jaar=" + weergave.jaar(),
                    getTranslation("uitvraag.bekijk-keurmerk"))));
        }
        onderdelen.orderedStream().map(o -> o.onder(weergave.jaar())).filter(Objects::nonNull).forEach(this::add);
        ververs();
    }

    void beantwoord(Vraag vraag, String waarde) {
        VraagVeld veld = velden.get(vraag.sleutel());
        try {
            weergave = service.beantwoord(weergave.id(), vraag.sleutel(), waarde);
            veld.toonFout(null);
            ververs();
        } catch (OngeldigeInvoer e) {
            veld.toonFout(e.fouten().values().iterator().next());
        }
    }

    /** A complete uitvraag is submitted only after the respondent confirms what that means; else the gaps show. */
    private void vraagBevestiging() {
        if (!weergave.ontbrekend().isEmpty()) {
            dienIn();
            return;
        }
        if (bevestiging == null) {
            bevestiging = new ConfirmDialog(getTranslation("uitvraag.indienen.vraag"),
                    getTranslation("uitvraag.indienen.uitleg"), getTranslation("uitvraag.indienen.ja"), e -> dienIn(),
                    getTranslation("uitvraag.indienen.nee"), e -> { });
            add(bevestiging);
        }
        bevestiging.open();
    }

    private void dienIn() {
        try {
            weergave = service.dienIn(weergave.id());
            Notification.show(getTranslation("uitvraag.ingediend-melding"));
            getUI().ifPresent(ui -> ui.navigate("keurmerk", QueryParameters.of("jaar", String.valueOf(weergave.jaar()))));
        } catch (OnvolledigeUitvraag e) {
            melding.removeAll();
            UnorderedList lijst = new UnorderedList();
            e.ontbrekend().forEach(v -> {
                lijst.add(new ListItem(v.tekst()));
                velden.get(v.sleutel()).toonFout(getTranslation("uitvraag.verplicht"));
            });
            melding.add(new Paragraph(getTranslation("uitvraag.onvolledig")), lijst);
            melding.setVisible(true);
        } catch (OngeldigeInvoer e) {
            melding.setText(String.join(" ", e.fouten().values()));
            melding.setVisible(true);
        }
    }

    private void ververs() {
        velden.values().forEach(v -> v.setVisible(weergave.isVanToepassing(v.vraag)));
        int totaal = weergave.teBeantwoorden();
        int gedaan = weergave.beantwoord();
        voortgangTekst.setText(getTranslation("uitvraag.voortgang", gedaan, totaal));
        voortgang.getElement().setAttribute("aria-label", voortgangTekst.getText());
        voortgang.setValue(totaal == 0 ? 1 : (double) gedaan / totaal);
        if (melding.isVisible() && weergave.ontbrekend().isEmpty()) {
            melding.setVisible(false);
        }
    }
}
