package nl.gezin1plan.monitor.keurmerk.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.function.Consumer;
import nl.gezin1plan.monitor.base.OngeldigeInvoer;
import nl.gezin1plan.monitor.bijlage.BijlageService;
import nl.gezin1plan.monitor.bijlage.BijlageSoort;
import nl.gezin1plan.monitor.bijlage.ui.BijlagenLijst;
import nl.gezin1plan.monitor.keurmerk.CriteriumUitslag;
import nl.gezin1plan.monitor.keurmerk.KeurmerkService;
import nl.gezin1plan.monitor.keurmerk.KeurmerkUitslag;
import nl.gezin1plan.monitor.keurmerk.Uitkomst;
import nl.gezin1plan.monitor.uitvraag.ui.UitvraagDetailOnderdeel;

/** On the gemeente's page of an uitvraag: its keurmerk per criterion, and judging a criterion with a reason. */
@org.springframework.stereotype.Component
class KeurmerkOpUitvraagDetail implements UitvraagDetailOnderdeel {

    private final KeurmerkService keurmerk;
    private final BijlageService bijlagen;

    KeurmerkOpUitvraagDetail(KeurmerkService keurmerk, BijlageService bijlagen) {
        this.keurmerk = keurmerk;
        this.bijlagen = bijlagen;
    }

    @Override
    public Component na(long uitvraagId, boolean beoordeelbaar) {
        Div blok = new Div();
        toon(blok, uitvraagId, beoordeelbaar);
        return blok;
    }

    private void toon(Div blok, long uitvraagId, boolean beoordeelbaar) {
        blok.removeAll();
        KeurmerkUitslag uitslag = keurmerk.uitslag(uitvraagId);
        Paragraph totaal = new Paragraph(blok.getTranslation("keurmerk.totaal", ""));
        totaal.add(KeurmerkTabel.uitkomst(uitslag.totaal()));
        Consumer<CriteriumUitslag> beoordeel = beoordeelbaar
                ? criterium -> beoordeel(criterium, uitvraagId, () -> toon(blok, uitvraagId, beoordeelbaar)) : null;
        blok.add(new H2(blok.getTranslation("menu.keurmerk")), totaal, new KeurmerkTabel(uitslag, beoordeel));
    }

    private void beoordeel(CriteriumUitslag criterium, long uitvraagId, Runnable ververs) {
        Dialog dialoog = new Dialog();
        dialoog.setHeaderTitle(dialoog.getTranslation("keurmerk.oordeel.titel", criterium.criterium().naam()));
        Select<Uitkomst> uitkomst = new Select<>();
        uitkomst.setLabel(dialoog.getTranslation("keurmerk.uitkomst"));
        uitkomst.setItems(Uitkomst.VOLDAAN, Uitkomst.NIET_VOLDAAN);
        uitkomst.setItemLabelGenerator(Uitkomst::label);
        TextArea reden = new TextArea(dialoog.getTranslation("keurmerk.oordeel.reden"));
        reden.setWidthFull();
        Button bevestig = new Button(dialoog.getTranslation("item.opslaan"), e -> {
            try {
                keurmerk.beoordeel(uitvraagId, criterium.criterium().sleutel(), uitkomst.getValue(), reden.getValue());
                Notification.show(dialoog.getTranslation("keurmerk.oordeel.opgeslagen", criterium.criterium().naam()));
                dialoog.close();
                ververs.run();
            } catch (OngeldigeInvoer fout) {
                reden.setErrorMessage(String.join(" ", fout.fouten().values()));
                reden.setInvalid(true);
            }
        });
        bevestig.addThemeVariants(ButtonVariant.PRIMARY);
        dialoog.add(uitkomst, reden, new BijlagenLijst(bijlagen, BijlageSoort.KEURMERK_CRITERIUM, uitvraagId,
                criterium.criterium().sleutel(), criterium.criterium().naam()));
        dialoog.getFooter().add(new Button(dialoog.getTranslation("item.annuleren"), e -> dialoog.close()), bevestig);
        dialoog.open();
    }
}
