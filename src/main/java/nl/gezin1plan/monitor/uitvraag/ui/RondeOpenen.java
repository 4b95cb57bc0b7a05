package nl.gezin1plan.monitor.uitvraag.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import nl.gezin1plan.monitor.base.OngeldigeInvoer;
import nl.gezin1plan.monitor.base.ui.Formaat;
import nl.gezin1plan.monitor.uitvraag.RondeOpening;
import nl.gezin1plan.monitor.uitvraag.UitvraagRondeService;
import org.springframework.modulith.NamedInterface;

/**
 * Opening the uitvraag of a year for the organisations in one's scope, or, once it is open, adding those that joined
 * since: the uitvraag module's own part of the round overview, which shows it to those who may open rounds.
 */
@NamedInterface("ui")
public class RondeOpenen extends Section {

    final DatePicker opentOp = Formaat.datumKiezer("");
    final DatePicker deadline = Formaat.datumKiezer("");

    /** {@code geopend} runs after a successful opening, e.g. to show the new uitvragen. */
    public RondeOpenen(UitvraagRondeService rondes, Clock clock, int jaar, Optional<RondeOpening> bestaand,
                       Runnable geopend) {
        opentOp.setLabel(getTranslation("ronde.opent-op"));
        deadline.setLabel(getTranslation("ronde.deadline"));
        opentOp.setValue(bestaand.map(RondeOpening::opentOp).orElse(LocalDate.now(clock)));
        deadline.setValue(bestaand.map(RondeOpening::deadline).orElse(LocalDate.now(clock).plusWeeks(6)));
        opentOp.setReadOnly(bestaand.isPresent());
        deadline.setReadOnly(bestaand.isPresent());
        String titel = getTranslation(bestaand.isEmpty() ? "ronde.openen" : "ronde.aanvullen");
        Button openen = new Button(titel, e -> {
            try {
                var opening = rondes.openRonde(jaar, opentOp.getValue(), deadline.getValue());
                Notification.show(getTranslation(opening.eigenDeadline() == null ? "ronde.geopend"
                        : "ronde.geopend-eigen-deadline", opening.nieuw(), opening.alAanwezig(),
                        Formaat.datum(opening.eigenDeadline())));
                geopend.run();
            } catch (OngeldigeInvoer fout) {
                deadline.setErrorMessage(fout.fouten().getOrDefault("deadline", fout.fouten().get("opentOp")));
                deadline.setInvalid(true);
            }
        });
        FlexLayout formulier = new FlexLayout(opentOp, deadline, openen);
        formulier.addClassName("filters");
        formulier.setAlignItems(FlexLayout.Alignment.BASELINE);
        add(new H2(titel), formulier);
    }
}
