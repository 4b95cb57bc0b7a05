package nl.gezin1plan.monitor.beheer.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import nl.gezin1plan.monitor.PostgresTest;
import nl.gezin1plan.monitor.TestGegevens;
import nl.gezin1plan.monitor.organisatie.Rol;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@PostgresTest
class BeheerViewTest extends SpringBrowserlessTest {

    @Autowired
    TestGegevens gegevens;

    @AfterEach
    void logUit() {
        gegevens.logUit();
    }

    @Test
    void beheerderAddsAGemeenteAndSeesIt() {
        gegevens.logIn(gegevens.regionaal(Rol.BEHEERDER));
        BeheerView view = navigate(BeheerView.class);
        String naam = TestGegevens.uniek("Teylingen");

        test(view.nieuweGemeente).setValue(naam);
        test($(Button.class).withText("Gemeente toevoegen").single()).click();

        assertThat(test(view.gemeenten).size()).isPositive();
        assertThat(java.util.stream.IntStream.range(0, test(view.gemeenten).size())
                .mapToObj(i -> test(view.gemeenten).getRow(i).naam())).contains(naam);
        assertThat(view.nieuweGemeente.getValue()).isEmpty();
    }

    @Test
    void emptyGemeenteNameShowsAMessageOnTheField() {
        gegevens.logIn(gegevens.regionaal(Rol.BEHEERDER));
        BeheerView view = navigate(BeheerView.class);

        test($(Button.class).withText("Gemeente toevoegen").single()).click();

        assertThat(view.nieuweGemeente.isInvalid()).isTrue();
        assertThat(view.nieuweGemeente.getErrorMessage()).isEqualTo("Vul een naam in van hoogstens 200 tekens.");
    }

    @Test
    void scopeFieldFollowsTheChosenRole() {
        gegevens.logIn(gegevens.regionaal(Rol.BEHEERDER));
        navigate(BeheerView.class);
        test($(Button.class).withText("Gebruiker toevoegen").single()).click();
        GebruikerDialog dialog = $(GebruikerDialog.class).single();

        test(dialog.rol).selectItem("Aandachtsfunctionaris");

        assertThat(dialog.zichtbareScopevelden()).containsExactly("Afdeling");
    }
}
