package nl.gezin1plan.monitor.checklist.ui;

import nl.gezin1plan.monitor.base.OngeldigeInvoer;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.ValidationResult;
import java.util.Map;
import java.util.function.Consumer;
import nl.gezin1plan.monitor.base.ui.Formaat;
import nl.gezin1plan.monitor.bijlage.BijlageService;
import nl.gezin1plan.monitor.bijlage.BijlageSoort;
import nl.gezin1plan.monitor.bijlage.ui.BijlagenLijst;
import nl.gezin1plan.monitor.checklist.ChecklistService;
import nl.gezin1plan.monitor.checklist.ItemHistorie;
import nl.gezin1plan.monitor.checklist.ItemRegel;
import nl.gezin1plan.monitor.checklist.ItemStatus;
import nl.gezin1plan.monitor.checklist.ItemWijziging;
import nl.gezin1plan.monitor.checklist.WijzigingsConflict;

/**
 * Edits one checklist item. The rules of {@link ItemWijziging#fouten()} are shown on the fields; a change that
 * someone else saved in the meantime is shown next to the user's own input, so neither is lost.
 */
public class ItemDialog extends Dialog {

    private final ChecklistService service;
    private final Consumer<ItemRegel> opgeslagen;
    private final boolean wijzigbaar;
    private ItemRegel item;
    private long verwachteVersie;

    final TextArea actie = new TextArea();
    final TextField verantwoordelijke = new TextField();
    final DatePicker planning;
    final Select<ItemStatus> status = new Select<>();
    final TextArea reden = new TextArea();
    final TextArea notitie = new TextArea();
    final Button opslaan = new Button();
    final Div melding = new Div();
    private final Div conflict = new Div();
    private final Binder<ItemWijzigingFormulier> binder = new Binder<>();

    public ItemDialog(ChecklistService service, BijlageService bijlagen, ItemRegel item, boolean wijzigbaar,
                      Consumer<ItemRegel> opgeslagen) {
        this.service = service;
        this.item = item;
        this.verwachteVersie = item.version();
        this.wijzigbaar = wijzigbaar;
        this.opgeslagen = opgeslagen;
        this.planning = Formaat.datumKiezer(getTranslation("item.planning"));
        setHeaderTitle(getTranslation("item.titel", item.code()) + " – " + item.themaNaam());
        setWidth("min(52rem, 100vw)");
        setCloseOnOutsideClick(false);
        addClassName("item-dialog");

        TabSheet tabs = new TabSheet();
        tabs.add(getTranslation("item.tab.bewerken"), formulier());
        tabs.add(getTranslation("item.geschiedenis"), geschiedenis());
        tabs.add(getTranslation("bijlage.titel"), new BijlagenLijst(bijlagen, BijlageSoort.CHECKLIST_ITEM, item.id(), null,
                item.code()));
        tabs.setWidthFull();
        add(tabs);

        Button sluiten = new Button(getTranslation(wijzigbaar ? "item.annuleren" : "item.sluiten"), e -> close());
        opslaan.setText(getTranslation("item.opslaan"));
        opslaan.addThemeVariants(ButtonVariant.PRIMARY);
        opslaan.addClickListener(e -> slaOp());
        opslaan.setVisible(wijzigbaar);
        getFooter().add(sluiten, opslaan);
        vul(item.alsWijziging());
    }

    private Component formulier() {
        Paragraph tekst = new Paragraph(item.tekst());
        tekst.addClassName("item-tekst");
        VerticalLayout layout = new VerticalLayout(tekst);
        layout.setPadding(false);
        if (!item.subpunten().isEmpty()) {
            UnorderedList lijst = new UnorderedList();
            item.subpunten().forEach(s -> lijst.add(new ListItem(s)));
            layout.add(new Details(getTranslation("item.subpunten"), lijst));
        }
        if (item.advies() != null) {
            layout.add(new Details(getTranslation("item.advies"), new Paragraph(item.advies())));
        }
        melding.addClassName("formulier-melding");
        melding.getElement().setAttribute("role", "alert");
        melding.setVisible(false);
        conflict.addClassName("conflict");
        conflict.setVisible(false);

        actie.setLabel(getTranslation("item.actie"));
        verantwoordelijke.setLabel(getTranslation("item.verantwoordelijke"));
        planning.setHelperText(getTranslation("item.planning.hulp"));
        status.setLabel(getTranslation("item.status"));
        status.setItems(ItemStatus.values());
        status.setItemLabelGenerator(ItemStatus::label);
        reden.setLabel(getTranslation("item.reden"));
        notitie.setLabel(getTranslation("item.notitie"));
        actie.setWidthFull();
        verantwoordelijke.setWidthFull();
        reden.setWidthFull();
        notitie.setWidthFull();
        status.addValueChangeListener(e -> {
            reden.setVisible(e.getValue() == ItemStatus.NIET_VAN_TOEPASSING);
            if (e.isFromClient()) {
                binder.validate();
            }
        });
        DatePicker.DatePickerI18n i18n = planning.getI18n();
        i18n.setBadInputErrorMessage(getTranslation("item.planning.ongeldig"));
        i18n.setMinErrorMessage("Kies een datum vanaf 01-01-2000.");
        i18n.setMaxErrorMessage("Kies een datum tot en met 31-12-2099.");
        planning.setI18n(i18n);
        planning.setMin(ItemWijziging.VROEGSTE_PLANNING);
        planning.setMax(ItemWijziging.LAATSTE_PLANNING);

        bind(actie, "geplandeActie", ItemWijzigingFormulier::getGeplandeActie, ItemWijzigingFormulier::setGeplandeActie);
        bind(verantwoordelijke, "verantwoordelijke", ItemWijzigingFormulier::getVerantwoordelijke,
                ItemWijzigingFormulier::setVerantwoordelijke);
        bind(reden, "redenNietVanToepassing", ItemWijzigingFormulier::getReden, ItemWijzigingFormulier::setReden);
        bind(notitie, "notitie", ItemWijzigingFormulier::getNotitie, ItemWijzigingFormulier::setNotitie);
        binder.forField(planning).withValidator((v, c) -> regel("planning"))
                .bind(ItemWijzigingFormulier::getPlanning, ItemWijzigingFormulier::setPlanning);
        binder.forField(status).withValidator((v, c) -> regel("status"))
                .bind(ItemWijzigingFormulier::getStatus, ItemWijzigingFormulier::setStatus);
        binder.setReadOnly(!wijzigbaar);

        layout.add(melding, conflict, actie, verantwoordelijke, planning, status, reden, notitie);
        return layout;
    }

    private void bind(com.vaadin.flow.component.HasValue<?, String> veld, String naam,
                      com.vaadin.flow.function.ValueProvider<ItemWijzigingFormulier, String> lees,
                      com.vaadin.flow.data.binder.Setter<ItemWijzigingFormulier, String> schrijf) {
        binder.forField(veld).withValidator((v, c) -> regel(naam)).bind(lees, schrijf);
    }

    /** Applies the domain's own rule for one field to what is in the form now. */
    private ValidationResult regel(String veld) {
        String fout = huidigeInvoer().fouten().get(veld);
        return fout == null ? ValidationResult.ok() : ValidationResult.error(fout);
    }

    private ItemWijziging huidigeInvoer() {
        return new ItemWijziging(actie.getValue(), verantwoordelijke.getValue(), planning.getValue(),
                status.getValue(), reden.getValue(), notitie.getValue());
    }

    private void vul(ItemWijziging waarden) {
        binder.readBean(ItemWijzigingFormulier.van(waarden));
        reden.setVisible(waarden.status() == ItemStatus.NIET_VAN_TOEPASSING);
    }

    void slaOp() {
        if (!binder.validate().isOk()) {
            toonMelding(getTranslation("item.fouten"));
            return;
        }
        try {
            ItemRegel nieuw = service.wijzig(item.id(), verwachteVersie, huidigeInvoer());
            Notification.show(getTranslation("item.opgeslagen", item.code()), 3000, Notification.Position.BOTTOM_START)
                    .addThemeVariants(NotificationVariant.SUCCESS);
            close();
            opgeslagen.accept(nieuw);
        } catch (OngeldigeInvoer e) {
            toonFouten(e.fouten());
        } catch (WijzigingsConflict e) {
            toonConflict(e.actueel());
        }
    }

    private void toonFouten(Map<String, String> fouten) {
        toonMelding(getTranslation("item.fouten") + " " + String.join(" ", fouten.values()));
    }

    private void toonMelding(String tekst) {
        melding.setText(tekst);
        melding.setVisible(true);
    }

    private void toonConflict(ItemRegel actueel) {
        String wie = actueel.gewijzigdDoor() == null ? "iemand anders" : actueel.gewijzigdDoor();
        toonMelding(getTranslation("item.conflict", wie));
        conflict.removeAll();
        conflict.add(new H3(getTranslation("item.conflict.titel", wie)));
        UnorderedList hun = new UnorderedList(
                new ListItem(getTranslation("item.actie") + ": " + leeg(actueel.geplandeActie())),
                new ListItem(getTranslation("item.verantwoordelijke") + ": " + leeg(actueel.verantwoordelijke())),
                new ListItem(getTranslation("item.planning") + ": " + Formaat.datum(actueel.planning())),
                new ListItem(getTranslation("item.status") + ": " + actueel.status().label()),
                new ListItem(getTranslation("item.notitie") + ": " + leeg(actueel.notitie())));
        Button mijn = new Button(getTranslation("item.conflict.mijn"), e -> {
            verwachteVersie = actueel.version();
            conflict.setVisible(false);
            slaOp();
        });
        Button overnemen = new Button(getTranslation("item.conflict.hun"), e -> {
            verwachteVersie = actueel.version();
            item = actueel;
            vul(actueel.alsWijziging());
            conflict.setVisible(false);
            melding.setVisible(false);
        });
        conflict.add(hun, mijn, overnemen);
        conflict.setVisible(true);
    }

    private String waarde(String waarde) {
        return waarde == null ? getTranslation("item.geschiedenis.leeg-veld") : "‘" + waarde + "’";
    }

    private static String leeg(String waarde) {
        return waarde == null ? "–" : waarde;
    }

    private Component geschiedenis() {
        VerticalLayout lijst = new VerticalLayout();
        lijst.setPadding(false);
        var historie = service.geschiedenis(item.id());
        if (historie.isEmpty()) {
            lijst.add(new Paragraph(getTranslation("item.geschiedenis.leeg")));
        }
        for (ItemHistorie h : historie) {
            Div regel = new Div();
            regel.addClassName("historie-regel");
            regel.add(new H3(getTranslation("item.geschiedenis.regel", Formaat.datumTijd(h.tijdstip()),
                    h.wie())));
            UnorderedList velden = new UnorderedList();
            h.wijzigingen().forEach(w -> velden.add(new ListItem(getTranslation("item.geschiedenis.veld", w.veld(),
                    waarde(w.oud()), waarde(w.nieuw())))));
            regel.add(velden);
            lijst.add(regel);
        }
        return lijst;
    }
}
