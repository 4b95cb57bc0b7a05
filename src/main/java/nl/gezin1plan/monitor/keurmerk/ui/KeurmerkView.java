package nl.gezin1plan.monitor.keurmerk.ui;

import nl.gezin1plan.monitor.base.ui.Downloadlink;
import nl.gezin1plan.monitor.base.ui.Jaar;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import nl.gezin1plan.monitor.keurmerk.KeurmerkService;
import nl.gezin1plan.monitor.keurmerk.KeurmerkUitslag;
import nl.gezin1plan.monitor.security.Rechten;
import nl.gezin1plan.monitor.security.Toegang;

/** The respondent sees which keurmerk criteria their organisation meets, and what is missing. */
@Route("keurmerk")
@PageTitle("Keurmerk | 1Gezin1Plan implementatiemonitor")
@RolesAllowed(Rechten.EIGEN_UITVRAAG)
@Menu(title = "menu.keurmerk", order = 120)
public class KeurmerkView extends Main implements BeforeEnterObserver {

    private final KeurmerkService service;
    private final Clock clock;

    public KeurmerkView(KeurmerkService service, Clock clock) {
        this.service = service;
        this.clock = clock;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        int jaar = Jaar.uit(event, clock);
        service.mijnUitslag(jaar).ifPresentOrElse(uitslag -> toon(jaar, uitslag),
                () -> add(new H1(getTranslation("menu.keurmerk") + " " + jaar),
                        new Paragraph(getTranslation("keurmerk.geen", jaar))));
    }

    private void toon(int jaar, KeurmerkUitslag uitslag) {
        add(new H1(getTranslation("menu.keurmerk") + " " + jaar));
        Paragraph totaal = new Paragraph(getTranslation("keurmerk.totaal", ""));
        totaal.add(KeurmerkTabel.uitkomst(uitslag.totaal()));
        add(totaal, new KeurmerkTabel(uitslag, null), new Paragraph(Downloadlink.van(
                "export/organisatierapport.pdf?jaar=" + jaar, getTranslation("rapport.organisatie"))));
    }
}
