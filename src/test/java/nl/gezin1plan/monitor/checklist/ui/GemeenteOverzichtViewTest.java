package nl.gezin1plan.monitor.checklist.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import nl.gezin1plan.monitor.PostgresTest;
import nl.gezin1plan.monitor.TestGegevens;
import nl.gezin1plan.monitor.organisatie.Gemeente;
import nl.gezin1plan.monitor.organisatie.Rol;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@PostgresTest
class GemeenteOverzichtViewTest extends SpringBrowserlessTest {

    @Autowired
    TestGegevens gegevens;

    @AfterEach
    void logUit() {
        gegevens.logUit();
    }

    private void naar(java.util.Map<String, String> query) {
        com.vaadin.flow.component.UI.getCurrent().navigate("gemeente",
                com.vaadin.flow.router.QueryParameters.simple(query));
        assertThat(getCurrentView()).isInstanceOf(GemeenteOverzichtView.class);
    }

    @Test
    void agendahouderSeesLeidenWithItsAfdelingen() {
        gegevens.logIn("agendahouder");

        naar(java.util.Map.of("jaar", "2026"));

        assertThat($(H1.class).first().getText()).isEqualTo("Gemeente-overzicht Leiden 2026");
        assertThat($(VoortgangBalk.class).all()).hasSizeGreaterThanOrEqualTo(8);
    }

    @Test
    void gemeenteWithoutAgendahouderIsFlagged() {
        Gemeente zonder = gegevens.gemeente();
        gegevens.afdeling(zonder);
        gegevens.logIn(gegevens.regionaal(Rol.BEHEERDER));

        naar(java.util.Map.of("gemeente", String.valueOf(zonder.getId()), "jaar", "2026"));

        assertThat($(Span.class).withClassName("waarschuwing").all()).extracting(Span::getText)
                .contains("Deze gemeente heeft nog geen agendahouder. De handreiking vraagt de gemeente "
                        + "(minimaal) één agendahouder aan te stellen.");
    }
}
