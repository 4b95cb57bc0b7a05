package nl.gezin1plan.monitor.herinnering.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.QueryParameters;
import nl.gezin1plan.monitor.PostgresTest;
import nl.gezin1plan.monitor.TestGegevens;
import nl.gezin1plan.monitor.uitvraag.UitvraagFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@PostgresTest
class HerinneringSchemaDialogTest extends SpringBrowserlessTest {

    @Autowired
    UitvraagFixture fixture;
    @Autowired
    TestGegevens gegevens;

    @AfterEach
    void logUit() {
        gegevens.logUit();
    }

    private HerinneringSchemaDialog open(String gebruiker) {
        gegevens.logIn(gebruiker);
        UI.getCurrent().navigate("uitvraag/ronde", QueryParameters.of("jaar", "2088"));
        test($(Button.class).withText("Herinneringen").single()).click();
        return $(HerinneringSchemaDialog.class).single();
    }

    @Test
    void theAgendahouderWhoOpenedTheRoundSeesTheNextReminderAndChangesTheSchedule() {
        var opzet = fixture.nieuw(2088, false);
        HerinneringSchemaDialog dialoog = open(opzet.agendahouder());

        assertThat(dialoog.volgende.getText()).isEqualTo("Volgende herinnering: 17-10-2088.");
        assertThat(dialoog.gewijzigd.getText()).isEqualTo("Dit is het standaardschema.");
        TextField dagenVoor = $(TextField.class).withLabel("Dagen voor de uiterste datum").single();
        test(dagenVoor).setValue("twee weken");
        test($(Button.class).withText("Opslaan").single()).click();
        assertThat(dagenVoor.isInvalid()).isTrue();
        assertThat(dagenVoor.getErrorMessage()).isEqualTo("Vul hele dagen in, gescheiden door komma's, bijvoorbeeld 14, 3.");

        test(dagenVoor).setValue("7");
        test($(IntegerField.class).withLabel("Hoogstens zoveel herinneringen per organisatie").single()).setValue(2);
        test($(Button.class).withText("Opslaan").single()).click();

        assertThat(dagenVoor.isInvalid()).isFalse();
        assertThat(dialoog.volgende.getText()).isEqualTo("Volgende herinnering: 24-10-2088.");
        assertThat(dialoog.gewijzigd.getText()).startsWith("Gewijzigd door " + opzet.agendahouder() + " op ");
    }

    @Test
    void anotherAgendahouderReadsTheScheduleButCannotChangeIt() {
        fixture.nieuw(2087, false);
        var andere = fixture.nieuw(2087, false);
        gegevens.logIn(andere.agendahouder());
        UI.getCurrent().navigate("uitvraag/ronde", QueryParameters.of("jaar", "2087"));
        test($(Button.class).withText("Herinneringen").single()).click();

        assertThat($(TextField.class).withLabel("Dagen voor de uiterste datum").single().isReadOnly()).isTrue();
        assertThat($(Button.class).withText("Opslaan").all()).isEmpty();
        assertThat($(HerinneringSchemaDialog.class).single().getElement().getTextRecursively())
                .contains("Alleen de agendahouder die de uitvraag opende en de beheerder kunnen dit schema wijzigen.");
    }
}
