package nl.gezin1plan.monitor.base.ui;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.server.HttpStatusCode;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/** An address that is no page of the application, in place of Vaadin's English "Could not navigate". */
@ParentLayout(MainLayout.class)
@PageTitle("Pagina niet gevonden | 1Gezin1Plan implementatiemonitor")
@AnonymousAllowed
public class NietGevondenView extends Foutpagina implements HasErrorParameter<NotFoundException> {

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
        toon("fout.niet-gevonden.titel", getTranslation("fout.niet-gevonden.tekst", event.getLocation().getPath()));
        return HttpStatusCode.NOT_FOUND.getCode();
    }
}
