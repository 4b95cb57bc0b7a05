package nl.gezin1plan.monitor.checklist.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.progressbar.ProgressBar;
import nl.gezin1plan.monitor.checklist.Voortgang;

/** A progress bar with its value as visible text, so it does not rely on the bar alone. */
public class VoortgangBalk extends Div {

    final ProgressBar balk = new ProgressBar(0, 1);

    public VoortgangBalk(String tekst, Voortgang voortgang, boolean groot) {
        addClassName(groot ? "voortgang-groot" : "voortgang");
        Span label = new Span(tekst);
        balk.setValue(voortgang.fractie());
        balk.getElement().setAttribute("aria-label", tekst);
        add(label, balk);
    }

    public double waarde() {
        return balk.getValue();
    }
}
