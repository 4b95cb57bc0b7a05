package nl.gezin1plan.monitor.rapportage.ui;

import nl.gezin1plan.monitor.uitvraag.ui.UitvraagDetailView;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.router.QueryParameters;
import java.util.Map;
import nl.gezin1plan.monitor.PostgresTest;
import nl.gezin1plan.monitor.TestGegevens;
import nl.gezin1plan.monitor.uitvraag.UitvraagFixture;
import nl.gezin1plan.monitor.uitvraag.UitvraagService;
import nl.gezin1plan.monitor.uitvraag.UitvraagStatus;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@PostgresTest
class RondeOverzichtViewTest extends SpringBrowserlessTest {

    @Autowired
    UitvraagFixture fixture;
    @Autowired
    UitvraagService service;
    @Autowired
    TestGegevens gegevens;
    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    @AfterEach
    void logUit() {
        gegevens.logUit();
    }

    @Test
    void agendahouderSeesTheSubmittedOrganisationAndReopensItWithAReason() {
        var opzet = fixture.ingediend(2026, false, Map.of());
        gegevens.logIn(opzet.agendahouder());

        UI.getCurrent().navigate("uitvraag/ronde", QueryParameters.of("jaar", "2026"));
        RondeOverzichtView overzicht = (RondeOverzichtView) getCurrentView();

        assertThat(test(overzicht.grid).size()).isEqualTo(1);
        assertThat(test(overzicht.grid).getRow(0).status()).isEqualTo(UitvraagStatus.INGEDIEND);
        assertThat(test(overzicht.grid).getCellText(0, 0)).isEqualTo(opzet.organisatie().getNaam());

        test((Button) test(overzicht.grid).getCellComponent(0, 5)).click();
        assertThat(getCurrentView()).isInstanceOf(UitvraagDetailView.class);
        test($(Button.class).withText("Heropenen").single()).click();
        test($(com.vaadin.flow.component.textfield.TextArea.class).withLabel("Reden van heropenen").single())
                .setValue("Graag het scholingsplan toevoegen");
        test($(Button.class).withText("Heropenen").last()).click();

        assertThat(service.open(opzet.uitvraagId()).status()).isEqualTo(UitvraagStatus.HEROPEND);
        assertThat(service.open(opzet.uitvraagId()).gebeurtenissen().getFirst().reden())
                .isEqualTo("Graag het scholingsplan toevoegen");
    }

    @Test
    void agendahouderIsToldInDutchThatANewDeadlineMustLieAfterToday() {
        var opzet = fixture.nieuw(2026, false);
        gegevens.logIn(opzet.agendahouder());
        java.time.LocalDate voor = service.open(opzet.uitvraagId()).deadline();

        UI.getCurrent().navigate("uitvraag/detail/" + opzet.uitvraagId());
        test($(Button.class).withText("Uiterste datum verlengen").single()).click();
        var datum = $(com.vaadin.flow.component.datepicker.DatePicker.class).withLabel("Nieuwe uiterste datum").single();
        test(datum).setValue(java.time.LocalDate.now().minusDays(1));
        test($(com.vaadin.flow.component.textfield.TextArea.class).withLabel("Reden van verlengen").single())
                .setValue("Meer tijd gevraagd");
        test($(Button.class).withText("Verlengen").single()).click();

        assertThat(datum.isInvalid()).isTrue();
        assertThat(datum.getErrorMessage()).isEqualTo("De nieuwe uiterste datum moet na vandaag liggen.");
        assertThat(service.open(opzet.uitvraagId()).deadline()).isEqualTo(voor);
    }

    @Test
    void eachOrganisationShowsWhenItLastGotAReminder() {
        var opzet = fixture.nieuw(2026, false);
        jdbc.update("insert into herinnering (uitvraag_id, volgnummer, moment, verstuurd_op, ontvangers) "
                + "values (?, 1, date '2026-05-01', timestamp with time zone '2026-05-01 07:15:00+02', 2)", opzet.uitvraagId());
        gegevens.logIn(opzet.agendahouder());

        UI.getCurrent().navigate("uitvraag/ronde", QueryParameters.of("jaar", "2026"));
        RondeOverzichtView overzicht = (RondeOverzichtView) getCurrentView();

        int kolom = overzicht.grid.getColumns().stream().map(c -> c.getHeaderText()).toList().indexOf("Laatste herinnering");
        assertThat(kolom).isNotNegative();
        assertThat(test(overzicht.grid).getCellText(0, kolom)).isEqualTo("01-05-2026 07:15");
    }
}
