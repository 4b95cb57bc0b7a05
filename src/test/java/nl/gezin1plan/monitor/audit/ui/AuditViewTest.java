package nl.gezin1plan.monitor.audit.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.sidenav.SideNavItem;
import java.util.Map;
import java.util.stream.IntStream;
import nl.gezin1plan.monitor.PostgresTest;
import nl.gezin1plan.monitor.TestGegevens;
import nl.gezin1plan.monitor.audit.AuditRegel;
import nl.gezin1plan.monitor.audit.AuditSoort;
import nl.gezin1plan.monitor.base.ui.Formaat;
import nl.gezin1plan.monitor.organisatie.Rol;
import nl.gezin1plan.monitor.uitvraag.UitvraagFixture;
import nl.gezin1plan.monitor.uitvraag.UitvraagService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@PostgresTest
class AuditViewTest extends SpringBrowserlessTest {

    @Autowired
    UitvraagFixture fixture;
    @Autowired
    UitvraagService uitvragen;
    @Autowired
    TestGegevens gegevens;

    @AfterEach
    void logUit() {
        gegevens.logUit();
    }

    @Test
    void beheerderFindsAReopeningByNameAndKindWithDutchLabelsAndTime() {
        var opzet = fixture.ingediend(2026, false, Map.of());
        gegevens.logIn(opzet.agendahouder());
        uitvragen.heropen(opzet.uitvraagId(), "<b>Graag</b> het plan toevoegen");
        gegevens.logIn(gegevens.regionaal(Rol.BEHEERDER));

        AuditView view = navigate(AuditView.class);
        assertThat(test(view.grid).size()).isPositive();
        test(view.gebruikersnaam).setValue(opzet.agendahouder());
        test(view.soort).selectItem("Uitvraag heropend");

        assertThat(test(view.grid).size()).isEqualTo(1);
        AuditRegel regel = test(view.grid).getRow(0);
        assertThat(test(view.grid).getCellText(0, 0)).isEqualTo(Formaat.datumTijd(regel.tijdstip()))
                .matches("\\d{2}-\\d{2}-\\d{4} \\d{2}:\\d{2}");
        assertThat(test(view.grid).getCellText(0, 1)).isEqualTo("Test Agendahouder (" + opzet.agendahouder() + ")");
        assertThat(test(view.grid).getCellText(0, 3)).isEqualTo("Uitvraag heropend");
        assertThat(test(view.grid).getCellText(0, 4)).endsWith(": <b>Graag</b> het plan toevoegen");

        test(view.soort).selectItem("Export");
        assertThat(test(view.grid).size()).isZero();
    }

    @Test
    void theBeheerderHasTheAuditLogInTheMenuAndTheGridShowsNewestFirst() {
        gegevens.logIn(gegevens.regionaal(Rol.BEHEERDER));

        AuditView view = navigate(AuditView.class);

        assertThat($(SideNavItem.class).all()).extracting(SideNavItem::getLabel).contains("Auditlog");
        var tijden = IntStream.range(0, Math.min(20, test(view.grid).size()))
                .mapToObj(i -> test(view.grid).getRow(i).tijdstip()).toList();
        assertThat(tijden).isSortedAccordingTo(java.util.Comparator.reverseOrder());
        assertThat(view.soort.getListDataView().getItems()).contains(AuditSoort.values());
    }
}
