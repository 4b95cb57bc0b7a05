package nl.gezin1plan.monitor.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import nl.gezin1plan.monitor.PostgresTest;
import nl.gezin1plan.monitor.TestGegevens;
import nl.gezin1plan.monitor.account.ui.MijnAccountView;
import nl.gezin1plan.monitor.organisatie.Rol;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;

/**
 * Views name rights, never roles, so that a new role changes no view; and each role's menu, built from the views'
 * own {@code @Menu} and the user's scope, holds what it always held.
 */
@PostgresTest
class RechtenTest extends SpringBrowserlessTest {

    @Autowired
    TestGegevens gegevens;

    @AfterEach
    void logUit() {
        gegevens.logUit();
    }

    @Test
    void everyViewNamesOnlyRightsAndEveryRightBelongsToARole() throws Exception {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(Route.class));
        List<String> genoemd = new ArrayList<>();
        for (BeanDefinition view : scanner.findCandidateComponents("nl.gezin1plan.monitor")) {
            RolesAllowed rollen = Class.forName(view.getBeanClassName()).getAnnotation(RolesAllowed.class);
            if (rollen != null) {
                assertThat(Rechten.ALLE).as(view.getBeanClassName()).contains(rollen.value());
                genoemd.addAll(Arrays.asList(rollen.value()));
            }
        }
        assertThat(genoemd).as("views that name a right").hasSizeGreaterThan(10)
                .doesNotContain(Arrays.stream(Rol.values()).map(Rol::name).toArray(String[]::new));
        for (String recht : Rechten.ALLE) {
            assertThat(Rechten.rollenMet(recht)).as(recht).isNotEmpty();
        }
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            beheerder             | Dashboard, Gemeente-overzicht, Uitvraag organisaties, Voortgang organisaties, Klantpanels en dialoog, Organisaties, Beheer, Auditlog, Uitgaande e-mail
            accountmanager        | Dashboard, Gemeente-overzicht, Uitvraag organisaties, Voortgang organisaties, Klantpanels en dialoog
            agendahouder          | Dashboard, Gemeente-overzicht, Checklist gemeente, Uitvraag organisaties, Voortgang organisaties, Klantpanels en dialoog, Organisaties
            aandachtsfunctionaris | Checklist afdeling
            organisatie           | Uitvraag, Keurmerk
            """)
    void eachRoleSeesTheMenuOfItsRightsAndScope(String gebruiker, String menu) {
        gegevens.logIn(gebruiker);

        navigate(MijnAccountView.class);

        assertThat($(SideNavItem.class).all()).extracting(SideNavItem::getLabel)
                .containsExactly(menu.split(",\\s*"));
    }
}
