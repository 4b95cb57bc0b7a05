package nl.gezin1plan.monitor.uitvraag.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import nl.gezin1plan.monitor.PostgresTest;
import nl.gezin1plan.monitor.TestGegevens;
import nl.gezin1plan.monitor.organisatie.Gemeente;
import nl.gezin1plan.monitor.uitvraag.UitvraagRondeService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The uitvraag module's own form for opening a round, shown on the round overview to those who may open one. */
@PostgresTest
class RondeOpenenTest extends SpringBrowserlessTest {

    @Autowired
    TestGegevens gegevens;
    @Autowired
    UitvraagRondeService rondes;
    @Autowired
    Clock clock;

    @AfterEach
    void logUit() {
        gegevens.logUit();
    }

    @Test
    void theAgendahouderOpensTheRoundAndThenSeesTheFormForAddingOrganisations() {
        Gemeente gemeente = gegevens.gemeente();
        gegevens.organisatie(false, gemeente);
        gegevens.logIn(gegevens.agendahouder(gemeente));
        assertThat(rondes.magOpenen()).isTrue();
        AtomicInteger geopend = new AtomicInteger();
        RondeOpenen formulier = new RondeOpenen(rondes, clock, 2012, rondes.ronde(2012), geopend::incrementAndGet);
        UI.getCurrent().add(formulier);
        test(formulier.opentOp).setValue(LocalDate.of(2012, 1, 10));
        test(formulier.deadline).setValue(LocalDate.of(2012, 3, 1));

        test($(Button.class).withText("Uitvraag openen").single()).click();

        assertThat(geopend).hasValue(1);
        assertThat(rondes.ronde(2012)).hasValueSatisfying(r -> {
            assertThat(r.opentOp()).isEqualTo(LocalDate.of(2012, 1, 10));
            assertThat(r.deadline()).isEqualTo(LocalDate.of(2012, 3, 1));
        });
        RondeOpenen aanvullen = new RondeOpenen(rondes, clock, 2012, rondes.ronde(2012), () -> { });
        assertThat(aanvullen.opentOp.isReadOnly()).isTrue();
        assertThat(aanvullen.deadline.getValue()).isEqualTo(LocalDate.of(2012, 3, 1));
        UI.getCurrent().add(aanvullen);
        assertThat($(Button.class).withText("Nieuwe organisaties toevoegen aan de uitvraag").all()).hasSize(1);
    }

    @Test
    void aDeadlineBeforeTheOpeningDateIsSaidAtTheDeadlineAndOpensNothing() {
        Gemeente gemeente = gegevens.gemeente();
        gegevens.logIn(gegevens.agendahouder(gemeente));
        AtomicInteger geopend = new AtomicInteger();
        RondeOpenen formulier = new RondeOpenen(rondes, clock, 2013, Optional.empty(), geopend::incrementAndGet);
        UI.getCurrent().add(formulier);
        test(formulier.opentOp).setValue(LocalDate.of(2013, 3, 1));
        test(formulier.deadline).setValue(LocalDate.of(2013, 1, 1));

        test($(Button.class).withText("Uitvraag openen").single()).click();

        assertThat(formulier.deadline.isInvalid()).isTrue();
        assertThat(formulier.deadline.getErrorMessage())
                .isEqualTo("De uiterste datum moet op of na de openingsdatum liggen.");
        assertThat(geopend).hasValue(0);
        assertThat(rondes.ronde(2013)).isEmpty();
    }

    @Test
    void theAccountmanagerMayNotOpenARound() {
        gegevens.logIn(gegevens.regionaal(nl.gezin1plan.monitor.organisatie.Rol.ACCOUNTMANAGER));

        assertThat(rondes.magOpenen()).isFalse();
    }
}
