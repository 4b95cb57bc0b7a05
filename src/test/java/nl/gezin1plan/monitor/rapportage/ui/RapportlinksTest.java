package nl.gezin1plan.monitor.rapportage.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.router.QueryParameters;
import nl.gezin1plan.monitor.PostgresTest;
import nl.gezin1plan.monitor.TestGegevens;
import nl.gezin1plan.monitor.uitvraag.UitvraagFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Where the reports are downloaded: plain links with {@code download} to the export addresses. */
@PostgresTest
class RapportlinksTest extends SpringBrowserlessTest {

    @Autowired
    TestGegevens gegevens;
    @Autowired
    UitvraagFixture fixture;

    @AfterEach
    void logUit() {
        gegevens.logUit();
    }

    @Test
    void theRespondentsKeurmerkTheOrganisationPageAndTheEvaluationLinkToTheirReports() {
        var opzet = fixture.nieuw(2067, false);
        long organisatie = opzet.organisatie().getId();

        assertThat(download("keurmerk")).isEqualTo("Rapport (pdf) → export/organisatierapport.pdf?jaar=2067");
        gegevens.logIn(opzet.agendahouder());
        assertThat(download("organisatie/" + organisatie)).isEqualTo("Rapport 2067 (pdf) → "
                + "export/organisatierapport.pdf?jaar=2067&organisatie=" + organisatie);
        assertThat(download("evaluatie")).isEqualTo("Jaarrapport (pdf) → export/jaarrapport.pdf?jaar=2067&gemeente="
                + opzet.gemeente().getId());
    }

    /** The one download link on the page at {@code route} for 2067, as "text → address". */
    private String download(String route) {
        cleanVaadinEnvironment();
        initVaadinEnvironment();
        UI.getCurrent().navigate(route, QueryParameters.of("jaar", "2067"));
        Anchor link = $(Anchor.class).all().stream().filter(a -> a.getElement().hasAttribute("download"))
                .reduce((a, b) -> {
                    throw new AssertionError("Meer dan één downloadlink op " + route);
                }).orElseThrow();
        return link.getText() + " → " + link.getHref();
    }
}
