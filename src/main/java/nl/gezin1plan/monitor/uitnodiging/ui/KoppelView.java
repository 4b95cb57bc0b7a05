package nl.gezin1plan.monitor.uitnodiging.ui;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import nl.gezin1plan.monitor.uitnodiging.OrganisatieKeuzeService;
import nl.gezin1plan.monitor.uitnodiging.UitnodigingOngeldig;
import nl.gezin1plan.monitor.uitnodiging.UitnodigingService;
import org.springframework.security.access.AccessDeniedException;

/**
 * Attaches an invitation to the account of the person who logged in for it: someone who had an account already,
 * who then works for the invitation's organisation. Opening it without being logged in leads through the login page
 * and back here.
 */
@Route("uitnodiging/:code/koppelen")
@PageTitle("Uitnodiging koppelen | 1Gezin1Plan implementatiemonitor")
@PermitAll
public class KoppelView extends Main implements BeforeEnterObserver {

    private final UitnodigingService service;
    private final OrganisatieKeuzeService keuzes;

    public KoppelView(UitnodigingService service, OrganisatieKeuzeService keuzes) {
        this.service = service;
        this.keuzes = keuzes;
    }

    static String pad(String code) {
        return "uitnodiging/" + code + "/koppelen";
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String code = event.getRouteParameters().get("code").orElse(null);
        removeAll();
        try {
            UitnodigingService.Acceptatie acceptatie = service.koppel(code);
            keuzes.kies(acceptatie.organisatieId());
            event.forwardTo("uitvraag", QueryParameters.of("jaar", String.valueOf(acceptatie.jaar())));
        } catch (UitnodigingOngeldig fout) {
            event.forwardTo("uitnodiging/" + code);
        } catch (AccessDeniedException fout) {
            add(new H1(getTranslation("uitnodiging.koppelen.titel")),
                    new Paragraph(getTranslation("uitnodiging.koppelen.ander-account")));
        }
    }
}
