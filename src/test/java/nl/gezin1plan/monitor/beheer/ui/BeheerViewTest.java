package nl.gezin1plan.monitor.beheer.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import nl.gezin1plan.monitor.PostgresTest;
import nl.gezin1plan.monitor.TestGegevens;
import nl.gezin1plan.monitor.organisatie.Rol;
import nl.gezin1plan.monitor.uitnodiging.UitnodigingFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@PostgresTest
class BeheerViewTest extends SpringBrowserlessTest {

    @Autowired
    TestGegevens gegevens;
    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

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
        GebruikerDialog dialog = gebruikerToevoegen();

        test(dialog.rol).selectItem("Aandachtsfunctionaris");

        assertThat(dialog.zichtbareScopevelden()).containsExactly("Afdeling");
    }

    @Test
    void aLockedUserShowsUntilWhenAndTheBeheerderLiftsTheLock() {
        String naam = gegevens.regionaal(Rol.ACCOUNTMANAGER);
        jdbc.update("insert into inlogpoging (gebruikersnaam, mislukt, eerste_mislukt, geblokkeerd_tot) "
                + "values (?, 0, now(), now() + interval '10 minutes')", naam);
        gegevens.logIn(gegevens.regionaal(Rol.BEHEERDER));
        BeheerView view = navigate(BeheerView.class);
        int rij = rijVan(view, naam);
        assertThat(test(view.gebruikers).getRow(rij).geblokkeerdTot()).isNotNull();
        var cel = test(view.gebruikers).getCellComponent(rij, 5);
        assertThat(cel.getElement().getTextRecursively()).startsWith("Geblokkeerd tot ");
        Button opheffen = (Button) cel.getChildren().filter(Button.class::isInstance).findFirst().orElseThrow();
        assertThat(opheffen.getElement().getAttribute("aria-label")).isEqualTo("Blokkade opheffen " + naam);

        test(opheffen).click();

        assertThat(jdbc.queryForObject("select count(*) from inlogpoging where gebruikersnaam = ?", Integer.class, naam))
                .isZero();
        assertThat(test(view.gebruikers).getRow(rijVan(view, naam)).geblokkeerdTot()).isNull();
    }

    @Test
    void theBeheerderOpensAPersonChangesTheirNameAndDeactivatesThem() {
        String naam = gegevens.regionaal(Rol.ACCOUNTMANAGER);
        gegevens.logIn(gegevens.regionaal(Rol.BEHEERDER));
        BeheerView view = navigate(BeheerView.class);
        Button bewerken = (Button) test(view.gebruikers).getCellComponent(rijVan(view, naam), 6);
        assertThat(bewerken.getElement().getAttribute("aria-label")).isEqualTo("Bewerken " + naam);

        test(bewerken).click();
        GebruikerDialog dialog = $(GebruikerDialog.class).single();
        assertThat(dialog.gebruikersnaam.getValue()).isEqualTo(naam);
        assertThat(dialog.gebruikersnaam.isReadOnly()).isTrue();
        assertThat(dialog.wachtwoord.isVisible()).isFalse();
        test(dialog.naam).setValue("Nieuwe Naam");
        test(dialog.opslaan).click();

        assertThat(test(view.gebruikers).getRow(rijVan(view, naam)).naam()).isEqualTo("Nieuwe Naam");
        test((Button) test(view.gebruikers).getCellComponent(rijVan(view, naam), 6)).click();
        test($(GebruikerDialog.class).single().actief).click();

        assertThat(test(view.gebruikers).getRow(rijVan(view, naam)).actief()).isFalse();
    }

    @Test
    void theBeheerderAddsAPersonWithoutTypingAPasswordAndTheyAreInvitedByEmail() {
        GebruikerDialog dialog = gebruikerToevoegen();
        BeheerView view = (BeheerView) getCurrentView();
        assertThat(dialog.uitnodigen.getValue()).isTrue();
        assertThat(dialog.wachtwoord.isVisible()).isFalse();
        String gebruikersnaam = TestGegevens.uniek("am.uitgenodigd").toLowerCase();
        String adres = UitnodigingFixture.adres("uitgenodigd");

        test(dialog.gebruikersnaam).setValue(gebruikersnaam);
        test(dialog.naam).setValue("Uma Uitgenodigd");
        test(dialog.rol).selectItem("Accountmanager");
        test(dialog.opslaan).click();
        assertThat(dialog.email.isInvalid()).isTrue();
        assertThat(dialog.email.getErrorMessage()).isEqualTo("Vul het e-mailadres in: daar gaat de uitnodiging heen.");
        test(dialog.email).setValue(adres);
        test(dialog.opslaan).click();

        assertThat(test(view.gebruikers).getRow(rijVan(view, gebruikersnaam)).naam()).isEqualTo("Uma Uitgenodigd");
        assertThat(jdbc.queryForList("select onderwerp from uitgaande_mail where ontvanger = ?", String.class, adres))
                .containsExactly("Uw account voor de 1Gezin1Plan implementatiemonitor");
    }

    @Test
    void choosingToTypeAPasswordShowsThePasswordField() {
        GebruikerDialog dialog = gebruikerToevoegen();

        dialog.uitnodigen.setValue(false);

        assertThat(dialog.wachtwoord.isVisible()).isTrue();
    }

    /** As a new beheerder, opens Beheer and the dialog to add a person. */
    private GebruikerDialog gebruikerToevoegen() {
        gegevens.logIn(gegevens.regionaal(Rol.BEHEERDER));
        navigate(BeheerView.class);
        test($(Button.class).withText("Gebruiker toevoegen").single()).click();
        return $(GebruikerDialog.class).single();
    }

    private int rijVan(BeheerView view, String gebruikersnaam) {
        return java.util.stream.IntStream.range(0, test(view.gebruikers).size())
                .filter(i -> test(view.gebruikers).getRow(i).gebruikersnaam().equals(gebruikersnaam))
                .findFirst().orElseThrow();
    }
}
