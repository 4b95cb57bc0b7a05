package nl.gezin1plan.monitor.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import nl.gezin1plan.monitor.PostgresTest;
import nl.gezin1plan.monitor.TestGegevens;
import nl.gezin1plan.monitor.beheer.StructuurBeheerService;
import nl.gezin1plan.monitor.organisatie.Rol;
import nl.gezin1plan.monitor.rapportage.ui.RondeOverzichtView;
import nl.gezin1plan.monitor.uitvraag.UitvraagRondeService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.aop.Advisor;
import org.springframework.aop.support.AopUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.security.authorization.AuthorizationDeniedException;

/** The rights named on services are checked by Spring before the method runs; views are left to Vaadin. */
@PostgresTest
class RechtenOpServicesTest {

    @Autowired
    TestGegevens gegevens;
    @Autowired
    StructuurBeheerService structuur;
    @Autowired
    UitvraagRondeService rondes;
    @Autowired
    @Qualifier("rechtenOpServicesAdvisor")
    Advisor advisor;

    @AfterEach
    void logUit() {
        gegevens.logUit();
    }

    @Test
    void aServiceRefusesACallerWithoutTheRightBeforeItsOwnCheck() {
        gegevens.logIn(gegevens.regionaal(Rol.ACCOUNTMANAGER));

        assertThatThrownBy(() -> structuur.overzicht()).isInstanceOf(AuthorizationDeniedException.class);
        assertThatThrownBy(() -> rondes.openRonde(2031, LocalDate.of(2031, 1, 1), LocalDate.of(2031, 3, 1)))
                .as("an accountmanager may look at rounds but not open one")
                .isInstanceOf(AuthorizationDeniedException.class);
    }

    @Test
    void aCallerWithTheRightPassesTheCheck() {
        gegevens.logIn(gegevens.regionaal(Rol.BEHEERDER));

        assertThat(structuur.overzicht()).isNotNull();
    }

    @Test
    void servicesAreAdvisedAndViewsAreNot() {
        assertThat(AopUtils.canApply(advisor, StructuurBeheerService.class)).isTrue();
        assertThat(AopUtils.isAopProxy(structuur)).isTrue();
        assertThat(AopUtils.canApply(advisor, RondeOverzichtView.class))
                .as("a proxy around a view would hide its state from Vaadin").isFalse();
    }
}
