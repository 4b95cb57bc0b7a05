package nl.gezin1plan.monitor.keurmerk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.Map;
import nl.gezin1plan.monitor.PostgresTest;
import nl.gezin1plan.monitor.TestGegevens;
import nl.gezin1plan.monitor.keurmerk.CriteriumUitslag;
import nl.gezin1plan.monitor.keurmerk.KeurmerkService;
import nl.gezin1plan.monitor.keurmerk.Uitkomst;
import nl.gezin1plan.monitor.uitvraag.UitvraagFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The keurmerk's part of the gemeente's uitvraag page, which the uitvraag page shows without knowing keurmerk. */
@PostgresTest
class KeurmerkOpUitvraagDetailTest extends SpringBrowserlessTest {

    @Autowired
    TestGegevens gegevens;
    @Autowired
    UitvraagFixture fixture;
    @Autowired
    KeurmerkService keurmerk;

    @AfterEach
    void logUit() {
        gegevens.logUit();
    }

    @Test
    void theAgendahouderJudgesACriterionOnTheUitvraagPageAndSeesTheJudgementInTheTable() {
        var opzet = fixture.ingediend(2026, false, Map.of());
        gegevens.logIn(opzet.agendahouder());
        UI.getCurrent().navigate("uitvraag/detail/" + opzet.uitvraagId());
        assertThat($(H2.class).all()).extracting(H2::getText).contains("Keurmerk");
        CriteriumUitslag eerste = keurmerk.uitslag(opzet.uitvraagId()).criteria().getFirst();

        KeurmerkTabel tabel = $(KeurmerkTabel.class).single();
        assertThat(tabel.getColumns()).hasSize(6);
        Button beoordelen = (Button) test(tabel).getCellComponent(0, 5);
        assertThat(beoordelen.getText()).isEqualTo("Beoordelen");
        test(beoordelen).click();
        @SuppressWarnings("unchecked")
        Select<Uitkomst> uitkomst = $(Select.class).single();
        test(uitkomst).selectItem(Uitkomst.NIET_VOLDAAN.label());
        test($(TextArea.class).single()).setValue("Geen scholingsplan gezien");
        test($(Button.class).withText("Opslaan").single()).click();

        assertThat(keurmerk.uitslag(opzet.uitvraagId()).criteria().getFirst().oordeel())
                .satisfies(o -> assertThat(o.uitkomst()).isEqualTo(Uitkomst.NIET_VOLDAAN))
                .satisfies(o -> assertThat(o.reden()).isEqualTo("Geen scholingsplan gezien"));
        assertThat($(KeurmerkTabel.class).single().getListDataView().getItems().findFirst().orElseThrow().oordeel())
                .as("the table shows the judgement without leaving the page: " + eerste.criterium().naam())
                .isNotNull();
    }

    @Test
    void theAccountmanagerSeesTheKeurmerkButCannotJudge() {
        var opzet = fixture.ingediend(2026, false, Map.of());
        gegevens.logIn(gegevens.regionaal(nl.gezin1plan.monitor.organisatie.Rol.ACCOUNTMANAGER));

        UI.getCurrent().navigate("uitvraag/detail/" + opzet.uitvraagId());

        assertThat($(KeurmerkTabel.class).single().getColumns()).as("no column of Beoordelen buttons").hasSize(5);
    }
}
