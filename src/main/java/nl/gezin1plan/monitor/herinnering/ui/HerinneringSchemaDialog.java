package nl.gezin1plan.monitor.herinnering.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.server.VaadinService;
import java.util.List;
import nl.gezin1plan.monitor.base.OngeldigeInvoer;
import nl.gezin1plan.monitor.base.ui.Formaat;
import nl.gezin1plan.monitor.herinnering.HerinneringSchemaWeergave;
import nl.gezin1plan.monitor.herinnering.HerinneringService;

/**
 * A round's reminder schedule: when the next reminder goes out, and the days before the deadline, the repeat after it
 * and the maximum, which the agendahouder who opened the round and the beheerder can change; others only read it.
 */
public class HerinneringSchemaDialog extends Dialog {

    private final HerinneringService herinneringen;
    private final int jaar;
    final TextField dagenVoor = new TextField();
    final IntegerField herhaalDagen = new IntegerField();
    final IntegerField maximum = new IntegerField();
    final Paragraph volgende = new Paragraph();
    final Paragraph gewijzigd = new Paragraph();

    public HerinneringSchemaDialog(HerinneringService herinneringen, int jaar) {
        this.herinneringen = herinneringen;
        this.jaar = jaar;
        setHeaderTitle(getTranslation("herinnering.titel", jaar));
        dagenVoor.setLabel(getTranslation("herinnering.dagen-voor"));
        dagenVoor.setHelperText(getTranslation("herinnering.dagen-voor.hulp"));
        herhaalDagen.setLabel(getTranslation("herinnering.herhaal"));
        herhaalDagen.setHelperText(getTranslation("herinnering.herhaal.hulp"));
        maximum.setLabel(getTranslation("herinnering.maximum"));
        HerinneringSchemaWeergave schema = herinneringen.schema(jaar);
        add(new Paragraph(getTranslation("herinnering.uitleg")), volgende, gewijzigd, dagenVoor, herhaalDagen, maximum);
        toon(schema);
        Button sluiten = new Button(getTranslation("herinnering.sluiten"), e -> close());
        if (schema.magWijzigen()) {
            Button opslaan = new Button(getTranslation("herinnering.opslaan"), e -> opslaan());
            opslaan.addThemeVariants(ButtonVariant.PRIMARY);
            getFooter().add(sluiten, opslaan);
        } else {
            add(new Paragraph(getTranslation("herinnering.alleen-lezen")));
            getFooter().add(sluiten);
        }
        dagenVoor.setReadOnly(!schema.magWijzigen());
        herhaalDagen.setReadOnly(!schema.magWijzigen());
        maximum.setReadOnly(!schema.magWijzigen());
    }

    /** A button that opens the schedule of {@code jaar}'s round. */
    public static Button knop(int jaar) {
        HerinneringService service = VaadinService.getCurrent().getInstantiator().getOrCreate(HerinneringService.class);
        Button knop = new Button();
        knop.setText(knop.getTranslation("herinnering.knop"));
        knop.addClickListener(e -> new HerinneringSchemaDialog(service, jaar).open());
        return knop;
    }

    private void toon(HerinneringSchemaWeergave schema) {
        dagenVoor.setValue(schema.dagenVoor());
        herhaalDagen.setValue(schema.herhaalDagen());
        maximum.setValue(schema.maximum());
        volgende.setText(schema.volgende() == null ? getTranslation("herinnering.geen-volgende")
                : getTranslation("herinnering.volgende", Formaat.datum(schema.volgende())));
        gewijzigd.setText(schema.gewijzigdDoor() == null ? getTranslation("herinnering.standaard")
                : getTranslation("herinnering.gewijzigd", schema.gewijzigdDoor(), Formaat.datumTijd(schema.gewijzigdOp())));
    }

    private void opslaan() {
        try {
            toon(herinneringen.wijzigSchema(jaar, dagenVoor.getValue(), herhaalDagen.getValue(), maximum.getValue()));
            List.<HasValidation>of(dagenVoor, herhaalDagen, maximum).forEach(veld -> fout(veld, null));
            Notification.show(getTranslation("herinnering.opgeslagen"));
        } catch (OngeldigeInvoer fout) {
            fout(dagenVoor, fout.fouten().get("dagenVoor"));
            fout(herhaalDagen, fout.fouten().get("herhaalDagen"));
            fout(maximum, fout.fouten().get("maximum"));
        }
    }

    private static void fout(HasValidation veld, String melding) {
        veld.setErrorMessage(melding);
        veld.setInvalid(melding != null);
    }
}
