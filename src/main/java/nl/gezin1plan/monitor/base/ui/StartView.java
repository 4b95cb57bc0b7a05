package nl.gezin1plan.monitor.base.ui;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import nl.gezin1plan.monitor.security.HuidigeGebruiker;
import nl.gezin1plan.monitor.security.Toegang;

/** The start page: sends each role to where its work is. */
@Route("")
@PageTitle("Start | 1Gezin1Plan implementatiemonitor")
@PermitAll
public class StartView extends Main implements BeforeEnterObserver {

    private final Toegang toegang;

    public StartView(Toegang toegang) {
        this.toegang = toegang;
        add(new H1(getTranslation("start.titel")));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        HuidigeGebruiker gebruiker = toegang.huidigeGebruiker();
        switch (gebruiker.rol()) {
            case AGENDAHOUDER, BEHEERDER, ACCOUNTMANAGER -> event.forwardTo("dashboard");
            case AANDACHTSFUNCTIONARIS -> event.forwardTo("checklist/afdeling/" + gebruiker.afdelingId());
            case ORGANISATIE -> event.forwardTo("uitvraag");
        }
    }
}
