package nl.gezin1plan.monitor.uitnodiging.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H1;
import nl.gezin1plan.monitor.PostgresTest;
import nl.gezin1plan.monitor.TestGegevens;
import nl.gezin1plan.monitor.beheer.NieuweGebruiker;
import nl.gezin1plan.monitor.beheer.StructuurBeheerService;
import nl.gezin1plan.monitor.organisatie.Rol;
import nl.gezin1plan.monitor.uitnodiging.UitnodigingFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@PostgresTest
class UitnodigingViewTest extends SpringBrowserlessTest {

    @Autowired
    TestGegevens gegevens;
    @Autowired
    StructuurBeheerService beheer;
    @Autowired
    UitnodigingFixture fixture;

    @AfterEach
    void logUit() {
        gegevens.logUit();
    }

    @Test
    void aPersonTheBeheerderInvitedReadsTheirUserNameAndRoleAndChoosesAPasswordByTheRules() {
        String gebruikersnaam = TestGegevens.uniek("af.link").toLowerCase();
        String adres = UitnodigingFixture.adres("link");
        gegevens.logIn(gegevens.regionaal(Rol.BEHEERDER));
        beheer.voegGebruikerToe(new NieuweGebruiker(gebruikersnaam, "Lotte Link", adres, Rol.ACCOUNTMANAGER, null,
                null, null, null, true));
        gegevens.logUit();

        UI.getCurrent().navigate("uitnodiging/" + fixture.code(adres));
        UitnodigingView view = (UitnodigingView) getCurrentView();

        assertThat($(H1.class).first().getText()).isEqualTo("Welkom bij de 1Gezin1Plan implementatiemonitor");
        assertThat(view.getElement().getTextRecursively())
                .contains("Lotte Link, de beheerder heeft een account voor u aangemaakt, met de rol Accountmanager.")
                .contains("uw gebruikersnaam " + gebruikersnaam).doesNotContain("uitvraag");
        test(view.wachtwoord).setValue("kort");
        test(view.herhaling).setValue("kort");
        test($(Button.class).withText("Wachtwoord instellen en inloggen").single()).click();
        assertThat(view.wachtwoord.isInvalid()).isTrue();
        assertThat(view.wachtwoord.getErrorMessage()).isEqualTo("Kies een wachtwoord van minstens 12 tekens.");
    }
}
