package nl.gezin1plan.monitor.uitnodiging.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.notification.Notification;
import nl.gezin1plan.monitor.base.OngeldigeInvoer;
import nl.gezin1plan.monitor.uitnodiging.UitnodigingBeheerService;

/** On the uitvraag page: the respondent invites a colleague of their organisation, who gets an account of their own. */
public class CollegaUitnodigen extends Section {

    final PersoonFormulier persoon = new PersoonFormulier();
    final Button uitnodigen = new Button();

    public CollegaUitnodigen(UitnodigingBeheerService service, int jaar) {
        addClassName("collega-uitnodigen");
        uitnodigen.setText(getTranslation("uitnodiging.collega.knop"));
        uitnodigen.addClickListener(e -> {
            try {
                String adres = persoon.email.getValue().strip();
                service.nodigCollegaUit(jaar, persoon.naam.getValue(), adres);
                persoon.leeg();
                Notification.show(getTranslation("uitnodiging.verstuurd-aan", adres));
            } catch (OngeldigeInvoer fout) {
                persoon.toonFouten(fout.fouten());
            }
        });
        add(new H2(getTranslation("uitnodiging.collega.titel")),
                new Paragraph(getTranslation("uitnodiging.collega.uitleg")), persoon, uitnodigen);
    }
}
