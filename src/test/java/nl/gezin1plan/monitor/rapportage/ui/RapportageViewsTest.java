package nl.gezin1plan.monitor.rapportage.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.QueryParameters;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.gezin1plan.monitor.PostgresTest;
import nl.gezin1plan.monitor.TestGegevens;
import nl.gezin1plan.monitor.base.ui.Grafiek;
import nl.gezin1plan.monitor.beheer.OrganisatieGegevens;
import nl.gezin1plan.monitor.beheer.OrganisatieRegel;
import nl.gezin1plan.monitor.beheer.OrganisatieRegisterService;
import nl.gezin1plan.monitor.organisatie.Gemeente;
import nl.gezin1plan.monitor.organisatie.OrganisatieType;
import nl.gezin1plan.monitor.uitvraag.UitvraagFixture;
import nl.gezin1plan.monitor.uitvraag.UitvraagStatus;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@PostgresTest
class RapportageViewsTest extends SpringBrowserlessTest {

    @Autowired
    TestGegevens gegevens;
    @Autowired
    UitvraagFixture fixture;
    @Autowired
    OrganisatieRegisterService register;

    @AfterEach
    void logUit() {
        gegevens.logUit();
    }

    @Test
    void progressReportShowsTheGemeentesOrganisationsAndTheDownloadKeepsTheFilters() {
        var opzet = fixture.nieuw(2026, false);
        fixture.beantwoordAlles(opzet.uitvraagId(), Map.of());
        gegevens.logIn(opzet.agendahouder());

        UI.getCurrent().navigate("rapportage/voortgang", QueryParameters.of("jaar", "2026"));
        OrganisatieVoortgangView view = (OrganisatieVoortgangView) getCurrentView();

        assertThat(test(view.grid).size()).isEqualTo(1);
        assertThat(test(view.grid).getRow(0).organisatie()).isEqualTo(opzet.organisatie().getNaam());
        view.status.setValue(UitvraagStatus.INGEDIEND);
        assertThat(test(view.grid).size()).isZero();
        assertThat(view.download.getHref()).isEqualTo("export/voortgang.csv?jaar=2026&status=INGEDIEND");
    }

    @Test
    void theTrendShowsYearsWithoutUitvragenAsGeenGegevensNotAsZero() {
        var opzet = fixture.nieuw(2026, false);
        gegevens.logIn(opzet.agendahouder());

        UI.getCurrent().navigate("dashboard", QueryParameters.of("jaar", "2026"));

        Grafiek trend = $(Grafiek.class).all().stream()
                .filter(g -> g.getElement().getTextRecursively().contains("Keurmerk over de jaren")).findFirst().orElseThrow();
        String tabel = $(NativeTable.class, trend).first().getElement().getTextRecursively();
        assertThat(tabel).contains("2022geen gegevensgeen gegevens", "2025geen gegevensgeen gegevens", "202601");
    }

    @Test
    void anOrganisationWithoutUitvraagShowsItsNameKvkTypeGemeentenAndContacts() {
        gegevens.logIn("beheerder");
        Gemeente gemeente = gegevens.gemeente();
        String kvk = String.format("%08d", java.util.concurrent.ThreadLocalRandom.current().nextInt(100_000_000));
        OrganisatieRegel regel = register.voegToe(new OrganisatieGegevens(TestGegevens.uniek("Geimporteerd"), kvk,
                OrganisatieType.GGZ, false, Set.of(gemeente.getId()), List.of(new OrganisatieGegevens.Contact(
                "Ans de Wit", "ans@voorbeeld.nl", "Aandachtsfunctionaris"))));
        gegevens.logIn("accountmanager");

        UI.getCurrent().navigate("organisatie/" + regel.id());

        assertThat($(H1.class).first().getText()).isEqualTo("Organisatie " + regel.naam());
        assertThat($(DescriptionList.class).first().getElement().getTextRecursively()).contains(kvk, "GGZ",
                gemeente.getNaam(), "Ans de Wit, Aandachtsfunctionaris, ans@voorbeeld.nl");
        assertThat($(Paragraph.class).all()).extracting(Paragraph::getText)
                .contains("Deze organisatie heeft nog geen uitvraag.");
    }

    @Test
    void everyChartOnTheDashboardHasATableWithTheSameFigures() {
        gegevens.logIn("accountmanager");

        UI.getCurrent().navigate("dashboard", QueryParameters.of("jaar", "2026"));

        var grafieken = $(Grafiek.class).all();
        assertThat(grafieken).hasSizeGreaterThanOrEqualTo(4);
        for (Grafiek grafiek : grafieken) {
            assertThat($(NativeTable.class, grafiek).all()).hasSize(1);
        }
        assertThat($(NativeTable.class).first().getElement().getTextRecursively()).contains("Leiden");
    }
}
