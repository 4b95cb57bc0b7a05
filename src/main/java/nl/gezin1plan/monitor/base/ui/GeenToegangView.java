package nl.gezin1plan.monitor.base.ui;

import com.vaadin.flow.router.AccessDeniedException;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/**
 * A page the logged-in user's role may not open. Vaadin's own answer hides that the page exists (an English
 * not-found page); a user of this application is better helped by knowing it is a matter of their role.
 */
@ParentLayout(MainLayout.class)
@PageTitle("Geen toegang | 1Gezin1Plan implementatiemonitor")
@AnonymousAllowed
public class GeenToegangView extends Foutpagina implements HasErrorParameter<AccessDeniedException> {

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<AccessDeniedException> parameter) {
        return geenToegang(event);
    }
}
