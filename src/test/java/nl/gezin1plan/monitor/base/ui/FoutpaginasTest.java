package nl.gezin1plan.monitor.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.PermitAll;
import java.sql.SQLException;
import nl.gezin1plan.monitor.PostgresTest;
import nl.gezin1plan.monitor.TestGegevens;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;

/** Inside the application every error is a Dutch page in the main layout, with the menu and a way back. */
@PostgresTest
class FoutpaginasTest extends SpringBrowserlessTest {

    @Autowired
    TestGegevens gegevens;

    @AfterEach
    void logUit() {
        gegevens.logUit();
    }

    @Test
    void anUnknownAddressShowsPaginaNietGevondenWithTheMenu() {
        openAls("organisatie", "bestaat-niet");

        assertThat(getCurrentView()).isInstanceOf(NietGevondenView.class);
        assertThat($(H1.class).single().getText()).isEqualTo("Pagina niet gevonden");
        assertThat($(Paragraph.class).single().getText()).contains("/bestaat-niet");
        assertThat($(SideNavItem.class).all()).extracting(SideNavItem::getLabel).contains("Uitvraag");
        assertThat($(RouterLink.class).single().getText()).isEqualTo("Naar de startpagina");
    }

    @Test
    void aPageTheRoleMayNotOpenShowsGeenToegangWithTheMenu() {
        openAls("organisatie", "beheer");

        assertThat(getCurrentView()).isInstanceOf(GeenToegangView.class);
        assertThat($(H1.class).single().getText()).isEqualTo("Geen toegang");
        assertThat($(SideNavItem.class).all()).extracting(SideNavItem::getLabel).contains("Uitvraag");
        assertThat($(RouterLink.class).single().getHref()).isEmpty();
    }

    @Test
    void aPageThatFailsWhileOpeningShowsErIngIetsMisWithAReference() {
        logInAls("organisatie");
        RouteConfiguration.forSessionScope().setRoute("kapot", KapotteView.class);
        UI.getCurrent().navigate("kapot");

        assertThat(getCurrentView()).isInstanceOf(OnverwachteFoutView.class);
        assertThat($(H1.class).single().getText()).isEqualTo("Er ging iets mis");
        assertThat($(Paragraph.class).single().getText()).containsPattern("referentie [A-Z2-9]{6}")
                .doesNotContain("uk_test");
    }

    private void openAls(String gebruiker, String pad) {
        logInAls(gebruiker);
        UI.getCurrent().navigate(pad);
    }

    private void logInAls(String gebruiker) {
        gegevens.logIn(gebruiker);
        cleanVaadinEnvironment();
        initVaadinEnvironment();
    }

    /** A page whose opening fails on the database's refusal. */
    @PermitAll
    public static class KapotteView extends Main {
        public KapotteView() {
            throw new DataIntegrityViolationException("dubbel", new SQLException("uk_test", "23505"));
        }
    }
}
