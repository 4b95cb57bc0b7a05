package nl.gezin1plan.monitor.beheer.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import nl.gezin1plan.monitor.PostgresTest;
import nl.gezin1plan.monitor.TestGegevens;
import nl.gezin1plan.monitor.beheer.OrganisatieImport;
import nl.gezin1plan.monitor.organisatie.Gemeente;
import nl.gezin1plan.monitor.organisatie.OrganisatieType;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@PostgresTest
class OrganisatiesViewTest extends SpringBrowserlessTest {

    @Autowired
    TestGegevens gegevens;
    @Autowired
    OrganisatieImport importeur;

    @AfterEach
    void logUit() {
        gegevens.logUit();
    }

    @Test
    void aWrongKvkNumberShowsOnTheFieldAndAGoodOneAddsTheOrganisation() {
        Gemeente gemeente = gegevens.gemeente();
        gegevens.logIn(gegevens.agendahouder(gemeente));
        OrganisatiesView view = navigate(OrganisatiesView.class);
        test($(Button.class).withText("Organisatie toevoegen").single()).click();
        OrganisatieDialog dialoog = $(OrganisatieDialog.class).single();

        test(dialoog.naam).setValue("Stichting Samen");
        test(dialoog.kvk).setValue("1234");
        test(dialoog.type).selectItem("GGZ");
        dialoog.gemeenten.setValue(java.util.Set.copyOf(dialoog.gemeenten.getListDataView().getItems().toList()));
        test(dialoog.opslaan).click();

        assertThat(dialoog.kvk.isInvalid()).isTrue();
        assertThat(dialoog.kvk.getErrorMessage()).isEqualTo("Een KvK-nummer bestaat uit precies 8 cijfers.");
        assertThat(dialoog.naam.getValue()).isEqualTo("Stichting Samen");

        test(dialoog.kvk).setValue("87654321");
        test(dialoog.opslaan).click();

        assertThat(dialoog.isOpened()).isFalse();
        assertThat(test(view.grid).size()).isEqualTo(1);
        assertThat(test(view.grid).getRow(0).type()).isEqualTo(OrganisatieType.GGZ);
    }

    @Test
    void importShowsARowByRowReport() {
        Gemeente gemeente = gegevens.gemeente();
        gegevens.logIn(gegevens.agendahouder(gemeente));
        OrganisatiesView view = navigate(OrganisatiesView.class);

        view.toonBezig();
        assertThat(view.rapport.getElement().getTextRecursively()).isEqualTo("Bezig met importeren…");
        view.toonVoortgang(1_500, 5_000);
        assertThat(view.rapport.getElement().getTextRecursively()).isEqualTo("Bezig met importeren… 1.500 van 5.000 organisaties verwerkt.");
        assertThat(view.voortgang.getValue()).isEqualTo(0.3);

        view.toonRapport(importeur.importeer("test.csv", new ByteArrayInputStream(
                "naam;kvk;type\nGoed;;GGZ\nFout;abc;GGZ\n".getBytes(StandardCharsets.UTF_8))));

        assertThat(view.rapport.getElement().getTextRecursively()).contains("1 toegevoegd, 0 bijgewerkt, 1 geweigerd.");
        assertThat(test(view.grid).size()).isEqualTo(1);
    }

    @Test
    void anUploadThatEndsWithoutAReportSaysThatNothingWasImported() {
        gegevens.logIn(gegevens.agendahouder(gegevens.gemeente()));
        OrganisatiesView view = navigate(OrganisatiesView.class);
        view.toonBezig();

        view.klaar();

        assertThat(view.rapport.getElement().getTextRecursively())
                .isEqualTo("Het bestand kon niet worden verwerkt. Er is niets geïmporteerd; probeer het opnieuw.");
    }
}
