package nl.gezin1plan.monitor.base.ui;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;

/** The start page: sends each role to where its work is. */
@Route("")
@PageTitle("Start | 1Gezin1Plan implementatiemonitor")
@PermitAll
public class StartView extends Main implements BeforeEnterObserver {

    private final Navigatie navigatie;

    public StartView(Navigatie navigatie) {
        this.navigatie = navigatie;
        add(new H1(getTranslation("start.titel")));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        event.forwardTo(navigatie.startpagina());
    }
}
