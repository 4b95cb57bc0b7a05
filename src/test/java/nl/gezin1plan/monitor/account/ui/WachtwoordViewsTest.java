package nl.gezin1plan.monitor.account.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H1;
import nl.gezin1plan.monitor.PostgresTest;
import nl.gezin1plan.monitor.TestGegevens;
import nl.gezin1plan.monitor.organisatie.Rol;
import nl.gezin1plan.monitor.security.PersoonlijkeLink;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

@PostgresTest
class WachtwoordViewsTest extends SpringBrowserlessTest {

    @Autowired
    TestGegevens gegevens;
    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void logUit() {
        gegevens.logUit();
    }

    @Test
    void anExistingAndAnUnknownAccountGetTheSameAnswerWordForWord() {
        String bestaand = gegevens.regionaal(Rol.ACCOUNTMANAGER);
        jdbc.update("update gebruiker set email = ? where gebruikersnaam = ?", bestaand + "@example.nl", bestaand);

        String voorBestaand = vraagAan(bestaand);
        String voorOnbekend = vraagAan(TestGegevens.uniek("onbekend"));

        assertThat(voorBestaand).contains("Als dit account bestaat, ontvangt u binnen enkele minuten een e-mail")
                .isEqualTo(voorOnbekend);
    }

    @Test
    void nothingTypedIsAskedForWithoutRecordingARequest() {
        long voor = jdbc.queryForObject("select count(*) from wachtwoord_herstel", Long.class);
        WachtwoordVergetenView view = navigate(WachtwoordVergetenView.class);

        test(view.versturen).click();

        assertThat(view.invoer.isInvalid()).isTrue();
        assertThat(view.invoer.getErrorMessage()).isEqualTo("Vul uw gebruikersnaam of e-mailadres in.");
        assertThat(jdbc.queryForObject("select count(*) from wachtwoord_herstel", Long.class)).isEqualTo(voor);
    }

    @Test
    void aForgedLinkExplainsAndOffersANewOne() {
        UI.getCurrent().navigate("wachtwoord-herstellen/" + PersoonlijkeLink.nieuw().code());

        assertThat($(H1.class).first().getText()).isEqualTo("Deze link werkt niet meer");
        assertThat(getCurrentView().getElement().getTextRecursively()).contains("Nieuwe link aanvragen");
    }

    /** Opens the page afresh (Vaadin keeps the view when navigating to the route it shows) and asks. */
    private String vraagAan(String invoer) {
        UI.getCurrent().navigate("toegankelijkheid");
        WachtwoordVergetenView view = navigate(WachtwoordVergetenView.class);
        test(view.invoer).setValue(invoer);
        test(view.versturen).click();
        return view.getElement().getTextRecursively();
    }
}
