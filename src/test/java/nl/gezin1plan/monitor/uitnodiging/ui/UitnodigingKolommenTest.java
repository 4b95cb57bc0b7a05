package nl.gezin1plan.monitor.uitnodiging.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.QueryParameters;
import nl.gezin1plan.monitor.PostgresTest;
import nl.gezin1plan.monitor.TestGegevens;
import nl.gezin1plan.monitor.organisatie.Gemeente;
import nl.gezin1plan.monitor.organisatie.Organisatie;
import nl.gezin1plan.monitor.rapportage.ui.RondeOverzichtView;
import nl.gezin1plan.monitor.uitnodiging.UitnodigingFixture;
import nl.gezin1plan.monitor.uitvraag.ui.UitvraagView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

@PostgresTest
class UitnodigingKolommenTest extends SpringBrowserlessTest {

    @Autowired
    UitnodigingFixture fixture;
    @Autowired
    TestGegevens gegevens;
    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void logUit() {
        gegevens.logUit();
    }

    @Test
    void theAgendahouderSeesAFailedDeliveryWithItsReasonAndInvitingAnInvalidAddressSaysWhy() {
        Gemeente gemeente = gegevens.gemeente();
        String adres = UitnodigingFixture.adres("anna");
        fixture.organisatie(gemeente, new String[] {"Anna de Vries", adres});
        String agendahouder = gegevens.agendahouder(gemeente);
        fixture.openRonde(agendahouder, 2064);
        jdbc.update("update uitgaande_mail set status = 'MISLUKT', laatste_fout = '550 mailbox unknown' where ontvanger = ?",
                adres);
        gegevens.logIn(agendahouder);

        UI.getCurrent().navigate("uitvraag/ronde", QueryParameters.of("jaar", "2064"));
        @SuppressWarnings("unchecked")
        Grid<Object> grid = $(Grid.class).single();
        assertThat(test(grid).getCellComponent(0, 6).getElement().getTextRecursively())
                .contains("Anna de Vries (" + adres + ")").contains("link nog niet geopend")
                .contains("Bezorging mislukt: 550 mailbox unknown");
        assertThat(getCurrentView()).isInstanceOf(RondeOverzichtView.class);

        test((Button) test(grid).getCellComponent(0, 8)).click();
        test($(TextField.class).withLabel("Naam").single()).setValue("Karim");
        test($(TextField.class).withLabel("E-mailadres").single()).setValue("karim@organisatie");
        test($(Button.class).withText("Uitnodiging versturen").single()).click();

        assertThat($(TextField.class).withLabel("E-mailadres").single().getErrorMessage())
                .isEqualTo("Vul een geldig e-mailadres in, bijvoorbeeld naam@organisatie.nl.");
        assertThat(fixture.mailsAan("karim@organisatie")).isEmpty();
    }

    @Test
    void theRespondentInvitesAColleagueFromTheUitvraagPage() {
        Gemeente gemeente = gegevens.gemeente();
        Organisatie organisatie = fixture.organisatie(gemeente);
        fixture.openRonde(gegevens.agendahouder(gemeente), 2064);
        gegevens.logIn(gegevens.respondent(organisatie));
        String collega = UitnodigingFixture.adres("collega");

        UI.getCurrent().navigate("uitvraag", QueryParameters.of("jaar", "2064"));
        assertThat(getCurrentView()).isInstanceOf(UitvraagView.class);
        test($(TextField.class).withLabel("Naam").single()).setValue("Carla Collega");
        test($(TextField.class).withLabel("E-mailadres").single()).setValue(collega);
        test($(Button.class).withText("Collega uitnodigen").single()).click();

        assertThat(fixture.mailsAan(collega)).singleElement().asString().contains("Beste Carla Collega,")
                .contains(organisatie.getNaam());
        assertThat($(TextField.class).withLabel("E-mailadres").single().getValue()).isEmpty();
    }
}
