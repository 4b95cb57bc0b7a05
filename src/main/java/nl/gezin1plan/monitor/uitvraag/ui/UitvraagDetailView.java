package nl.gezin1plan.monitor.uitvraag.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.Map;
import nl.gezin1plan.monitor.base.OngeldigeInvoer;
import nl.gezin1plan.monitor.base.ui.Formaat;
import nl.gezin1plan.monitor.bijlage.BijlageService;
import nl.gezin1plan.monitor.bijlage.BijlageSoort;
import nl.gezin1plan.monitor.bijlage.ui.BijlagenOpvouwbaar;
import nl.gezin1plan.monitor.security.Rechten;
import nl.gezin1plan.monitor.uitvraag.AntwoordTekst;
import nl.gezin1plan.monitor.uitvraag.Sectie;
import nl.gezin1plan.monitor.uitvraag.UitvraagService;
import nl.gezin1plan.monitor.uitvraag.UitvraagStatus;
import nl.gezin1plan.monitor.uitvraag.UitvraagWeergave;
import nl.gezin1plan.monitor.uitvraag.Vraag;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.access.AccessDeniedException;

/**
 * The gemeente reads one organisation's uitvraag, reopens it or extends its deadline, each with a reason. Other modules
 * add their part ({@link UitvraagDetailOnderdeel}): the keurmerk with its judgements.
 */
@Route("uitvraag/detail/:id([0-9]{1,18})")
@PageTitle("Uitvraag organisatie | 1Gezin1Plan implementatiemonitor")
@RolesAllowed(Rechten.GEMEENTECIJFERS)
public class UitvraagDetailView extends Main implements BeforeEnterObserver {

    private final UitvraagService uitvragen;
    private final BijlageService bijlagen;
    private final ObjectProvider<UitvraagDetailOnderdeel> onderdelen;
    private long id;

    public UitvraagDetailView(UitvraagService uitvragen, BijlageService bijlagen,
                              ObjectProvider<UitvraagDetailOnderdeel> onderdelen) {
        this.uitvragen = uitvragen;
        this.bijlagen = bijlagen;
        this.onderdelen = onderdelen;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        id = Long.parseLong(event.getRouteParameters().get("id").orElseThrow());
        try {
            toon();
        } catch (AccessDeniedException e) {
            removeAll();
            add(new H1(getTranslation("app.fout.geen-toegang")));
        }
    }

    private void toon() {
        removeAll();
        UitvraagWeergave uitvraag = uitvragen.open(id);
        add(new H1(getTranslation("detail.titel", uitvraag.jaar(), uitvraag.organisatie())));
        add(new Paragraph(getTranslation("uitvraag.status", uitvraag.status().label()) + " · "
                + getTranslation("uitvraag.voortgang", uitvraag.beantwoord(), uitvraag.teBeantwoorden())));
        Paragraph deadline = new Paragraph(uitvraag.heeftEigenDeadline()
                ? getTranslation("detail.deadline-eigen", Formaat.datum(uitvraag.deadline()),
                        Formaat.datum(uitvraag.rondeDeadline()))
                : getTranslation("uitvraag.deadline", Formaat.datum(uitvraag.deadline())));
        deadline.addClassName("uiterste-datum");
        add(deadline);
        if (uitvraag.beoordeelbaar() && uitvraag.status() == UitvraagStatus.INGEDIEND) {
            add(new Button(getTranslation("detail.heropenen"), e -> heropen()));
        }
        if (uitvraag.verlengbaar()) {
            add(new Button(getTranslation("detail.verlengen"), e -> verleng()));
        }
        onderdelen.orderedStream().map(o -> o.na(id, uitvraag.beoordeelbaar())).filter(java.util.Objects::nonNull)
                .forEach(this::add);
        add(new H2(getTranslation("detail.antwoorden")));
        Map<String, Integer> aantallen = bijlagen.aantallen(BijlageSoort.UITVRAAG_VRAAG, id);
        for (Sectie sectie : uitvraag.inhoud().secties()) {
            Div blok = new Div(new H3(sectie.titel()));
            UnorderedList lijst = new UnorderedList();
            for (Vraag vraag : sectie.vragen()) {
                if (uitvraag.isVanToepassing(vraag)) {
                    String antwoord = AntwoordTekst.van(vraag, uitvraag.antwoorden().get(vraag.sleutel()));
                    ListItem regel = new ListItem(vraag.tekst() + " — " + (antwoord == null
                            ? getTranslation("detail.geen-antwoord") : antwoord));
                    // The respondent's attachments with this answer, e.g. the scholingsplan; only where there are any.
                    if (aantallen.getOrDefault(vraag.sleutel(), 0) > 0) {
                        regel.add(new BijlagenOpvouwbaar(bijlagen, BijlageSoort.UITVRAAG_VRAAG, id, vraag.sleutel(),
                                vraag.tekst(), aantallen.get(vraag.sleutel())));
                    }
                    lijst.add(regel);
                } else if (uitvraag.isVervallen(vraag)) {
                    lijst.add(vervallen(vraag, uitvraag.antwoorden().get(vraag.sleutel())));
                }
            }
            blok.add(lijst);
            add(blok);
        }
        add(new H2(getTranslation("detail.historie")));
        UnorderedList historie = new UnorderedList();
        uitvraag.gebeurtenissen().forEach(g -> historie.add(new ListItem(getTranslation("detail.historie." + g.soort(),
                g.wie(), Formaat.datumTijd(g.op()), g.reden() == null ? "" : g.reden(), Formaat.datum(g.deadline())))));
        add(historie);
    }

    /** Kept for when the branch opens again, but struck through and said in words: it counts nowhere. */
    private ListItem vervallen(Vraag vraag, String antwoord) {
        Span waarde = new Span(antwoord);
        waarde.getStyle().set("text-decoration", "line-through");
        ListItem regel = new ListItem(vraag.tekst() + " — ");
        regel.add(waarde, new Span(" (" + getTranslation("detail.vervalt") + ")"));
        regel.addClassName("vervallen-antwoord");
        return regel;
    }

    private void heropen() {
        Dialog dialoog = new Dialog(getTranslation("detail.heropenen.titel"));
        TextArea reden = new TextArea(getTranslation("detail.heropenen.reden"));
        reden.setWidthFull();
        Button bevestig = new Button(getTranslation("detail.heropenen"), e -> {
            try {
                uitvragen.heropen(id, reden.getValue());
                Notification.show(getTranslation("detail.heropend"));
                dialoog.close();
                toon();
            } catch (OngeldigeInvoer fout) {
                reden.setErrorMessage(String.join(" ", fout.fouten().values()));
                reden.setInvalid(true);
            }
        });
        bevestig.addThemeVariants(ButtonVariant.PRIMARY);
        dialoog.add(reden);
        dialoog.getFooter().add(new Button(getTranslation("item.annuleren"), e -> dialoog.close()), bevestig);
        dialoog.open();
    }

    private void verleng() {
        Dialog dialoog = new Dialog(getTranslation("detail.verlengen"));
        DatePicker datum = Formaat.datumKiezer(getTranslation("detail.verlengen.datum"));
        TextArea reden = new TextArea(getTranslation("detail.verlengen.reden"));
        reden.setWidthFull();
        Button bevestig = new Button(getTranslation("detail.verlengen.bevestig"), e -> {
            try {
                var verlengd = uitvragen.verlengDeadline(id, datum.getValue(), reden.getValue());
                Notification.show(getTranslation("detail.verlengd", Formaat.datum(verlengd.deadline())));
                dialoog.close();
                toon();
            } catch (OngeldigeInvoer fout) {
                String datumFout = fout.fouten().getOrDefault("deadline", fout.fouten().get("status"));
                datum.setErrorMessage(datumFout);
                datum.setInvalid(datumFout != null);
                reden.setErrorMessage(fout.fouten().get("reden"));
                reden.setInvalid(fout.fouten().containsKey("reden"));
            }
        });
        bevestig.addThemeVariants(ButtonVariant.PRIMARY);
        dialoog.add(new Div(datum), reden);
        dialoog.getFooter().add(new Button(getTranslation("item.annuleren"), e -> dialoog.close()), bevestig);
        dialoog.open();
    }
}
