package nl.gezin1plan.monitor.uitnodiging.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import java.util.List;
import nl.gezin1plan.monitor.base.OngeldigeInvoer;
import nl.gezin1plan.monitor.uitnodiging.UitnodigingBeheerService;
import nl.gezin1plan.monitor.uitnodiging.UitnodigingStand;

/** The gemeente invites an organisation's people again, or invites another contact person. */
class UitnodigingDialog extends Dialog {

    final PersoonFormulier persoon = new PersoonFormulier();

    UitnodigingDialog(UitnodigingBeheerService service, int jaar, long organisatieId, String organisatie,
                      List<UitnodigingStand> standen, Runnable gewijzigd) {
        setHeaderTitle(getTranslation("uitnodiging.dialoog.titel", organisatie));
        setWidth("40em");
        setMaxWidth("100%");
        if (standen.isEmpty()) {
            add(new Paragraph(getTranslation("uitnodiging.niet-uitgenodigd")));
        }
        standen.forEach(stand -> add(UitnodigingKolommen.regel(this, stand)));
        Button opnieuw = new Button(getTranslation("uitnodiging.opnieuw"), e -> {
            int aantal = service.nodigOpnieuwUit(jaar, organisatieId);
            Notification.show(getTranslation(aantal == 0 ? "uitnodiging.opnieuw.niemand" : "uitnodiging.opnieuw.klaar",
                    aantal));
            gewijzigd.run();
            close();
        });
        add(new Paragraph(getTranslation("uitnodiging.opnieuw.uitleg")), opnieuw,
                new H3(getTranslation("uitnodiging.ander")), persoon);
        Button uitnodigen = new Button(getTranslation("uitnodiging.ander.knop"), e -> {
            try {
                service.nodigContactUit(jaar, organisatieId, persoon.naam.getValue(), persoon.email.getValue());
                Notification.show(getTranslation("uitnodiging.verstuurd-aan", persoon.email.getValue().strip()));
                gewijzigd.run();
                close();
            } catch (OngeldigeInvoer fout) {
                persoon.toonFouten(fout.fouten());
            }
        });
        uitnodigen.addThemeVariants(ButtonVariant.PRIMARY);
        getFooter().add(new Button(getTranslation("item.annuleren"), e -> close()), uitnodigen);
    }
}
