package nl.gezin1plan.monitor.base.ui;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.server.HttpStatusCode;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import nl.gezin1plan.monitor.base.ui.FoutAfhandeling.Melding;

/**
 * A page that failed while opening, in place of Vaadin's English "There was an exception while trying to navigate".
 * The log keeps the stack trace under the reference the page shows.
 */
@ParentLayout(MainLayout.class)
@PageTitle("Er ging iets mis | 1Gezin1Plan implementatiemonitor")
@AnonymousAllowed
public class OnverwachteFoutView extends Foutpagina implements HasErrorParameter<Exception> {

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<Exception> parameter) {
        Melding melding = FoutAfhandeling.beoordeel(parameter.getCaughtException());
        return switch (melding.soort()) {
            case GEEN_TOEGANG -> geenToegang(event);
            case DATABASE_WEG -> {
                toon("fout.onverwacht.titel", getTranslation("fout.database.tekst"));
                yield HttpStatusCode.SERVICE_UNAVAILABLE.getCode();
            }
            case NIET_OPGESLAGEN, ONVERWACHT -> {
                toon("fout.onverwacht.titel", getTranslation("fout.onverwacht.tekst", melding.referentie()));
                yield HttpStatusCode.INTERNAL_SERVER_ERROR.getCode();
            }
        };
    }
}
