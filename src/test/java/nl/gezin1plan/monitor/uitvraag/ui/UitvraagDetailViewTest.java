package nl.gezin1plan.monitor.uitvraag.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.ListItem;
import java.util.List;
import java.util.Map;
import nl.gezin1plan.monitor.PostgresTest;
import nl.gezin1plan.monitor.TestGegevens;
import nl.gezin1plan.monitor.uitvraag.UitvraagFixture;
import nl.gezin1plan.monitor.uitvraag.UitvraagService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@PostgresTest
class UitvraagDetailViewTest extends SpringBrowserlessTest {

    private static final String REDEN = "Nog geen besluit van het bestuur";

    @Autowired
    TestGegevens gegevens;
    @Autowired
    UitvraagFixture fixture;
    @Autowired
    UitvraagService uitvragen;

    @AfterEach
    void logUit() {
        gegevens.logUit();
    }

    @Test
    void aReasonKeptAfterSwitchingBackToJaIsShownAsLapsedNotAsACurrentAnswer() {
        var opzet = fixture.nieuw(2026, false);
        uitvragen.beantwoord(opzet.uitvraagId(), "werkt_volgens_richtlijn", "nee");
        uitvragen.beantwoord(opzet.uitvraagId(), "reden_niet_volgens_richtlijn", REDEN);
        uitvragen.beantwoord(opzet.uitvraagId(), "werkt_volgens_richtlijn", "ja");
        gegevens.logIn(opzet.agendahouder());

        assertThat(regelsMetReden(opzet.uitvraagId())).singleElement()
                .satisfies(regel -> assertThat(regel).endsWith(REDEN + " (vervalt: vraag is niet meer van toepassing)"));

        gegevens.logIn(opzet.respondent());
        uitvragen.beantwoord(opzet.uitvraagId(), "werkt_volgens_richtlijn", "nee");
        gegevens.logIn(opzet.agendahouder());
        assertThat(regelsMetReden(opzet.uitvraagId())).singleElement()
                .satisfies(regel -> assertThat(regel).endsWith("— " + REDEN));
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
    private List<String> regelsMetReden(long uitvraagId) {
        UI.getCurrent().navigate("uitvraag/detail/" + uitvraagId);
        return $(ListItem.class).all().stream().map(l -> l.getElement().getTextRecursively())
                .filter(t -> t.contains(REDEN)).toList();
    }
}
