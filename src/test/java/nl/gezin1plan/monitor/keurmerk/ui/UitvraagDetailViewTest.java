package nl.gezin1plan.monitor.keurmerk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.ListItem;
import java.util.Map;
import nl.gezin1plan.monitor.PostgresTest;
import nl.gezin1plan.monitor.TestGegevens;
import nl.gezin1plan.monitor.uitvraag.UitvraagFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@PostgresTest
class UitvraagDetailViewTest extends SpringBrowserlessTest {

    @Autowired
    UitvraagFixture fixture;
    @Autowired
    TestGegevens gegevens;

    @AfterEach
    void logUit() {
        gegevens.logUit();
    }

    @Test
    void theGemeenteReadsDatesAsDdMmYyyyAndNumbersWithADecimalComma() {
        var opzet = fixture.ingediend(2026, false,
                Map.of("laatste_evaluatie", "2026-09-15", "percentage_geschoold", "62,5"));
        gegevens.logIn(opzet.agendahouder());

        UI.getCurrent().navigate("uitvraag/detail/" + opzet.uitvraagId());

        assertThat($(ListItem.class).all()).extracting(ListItem::getText)
                .anySatisfy(t -> assertThat(t).endsWith("voor het laatst geëvalueerd? — 15-09-2026"))
                .anySatisfy(t -> assertThat(t).endsWith("geschoold in het werken met 1Gezin1Plan? — 62,5"))
                .noneSatisfy(t -> assertThat(t).contains("2026-09-15"));
    }
}
