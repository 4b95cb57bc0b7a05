package nl.gezin1plan.monitor.checklist.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.notification.Notification;
import java.time.LocalDate;
import java.util.List;
import nl.gezin1plan.monitor.PostgresTest;
import nl.gezin1plan.monitor.TestGegevens;
import nl.gezin1plan.monitor.checklist.ChecklistEigenaar;
import nl.gezin1plan.monitor.checklist.ChecklistService;
import nl.gezin1plan.monitor.checklist.ItemRegel;
import nl.gezin1plan.monitor.checklist.ItemStatus;
import nl.gezin1plan.monitor.checklist.ItemWijziging;
import nl.gezin1plan.monitor.organisatie.Gemeente;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@PostgresTest
class ChecklistViewTest extends SpringBrowserlessTest {

    @Autowired
    TestGegevens gegevens;
    @Autowired
    ChecklistService service;

    Gemeente gemeente;
    String agendahouder;
    ChecklistEigenaar eigenaar;

    @BeforeEach
    void gemeenteMetChecklist() {
        gemeente = gegevens.gemeente();
        agendahouder = gegevens.agendahouder(gemeente);
        eigenaar = ChecklistEigenaar.gemeente(gemeente.getId());
        gegevens.logIn(agendahouder);
        service.start(eigenaar, 2026);
    }

    @AfterEach
    void logUit() {
        gegevens.logUit();
    }

    @Test
    void showsAll28ItemsInSevenThemesWithProgress() {
        openChecklist();

        assertThat($(H1.class).first().getText()).isEqualTo("Checklist " + gemeente.getNaam() + " 2026");
        List<ThemaSectie> themas = $(ThemaSectie.class).all();
        assertThat(themas).hasSize(7);
        assertThat(themas.stream().mapToInt(t -> test(t.grid).size()).sum()).isEqualTo(28);
        assertThat(test(themas.getFirst().grid).getCellText(0, 0)).isEqualTo("A1");
        assertThat($(VoortgangBalk.class).first().waarde()).isZero();
    }

    @Test
    void editingAnItemSavesItAndMovesTheProgressBar() {
        openChecklist();
        ItemDialog dialog = openEersteItem();

        test(dialog.actie).setValue("Richtlijn in MT vaststellen");
        test(dialog.verantwoordelijke).setValue("Beleidsadviseur jeugd");
        test(dialog.planning).setValue(LocalDate.of(2026, 12, 15));
        test(dialog.status).selectItem("Gereed");
        test(dialog.opslaan).click();

        assertThat(test($(Notification.class).last()).getText()).isEqualTo("Item A1 opgeslagen.");
        ItemRegel opgeslagen = service.open(eigenaar, 2026).orElseThrow().items().getFirst();
        assertThat(opgeslagen.geplandeActie()).isEqualTo("Richtlijn in MT vaststellen");
        assertThat(opgeslagen.status()).isEqualTo(ItemStatus.GEREED);
        assertThat($(VoortgangBalk.class).first().waarde()).isEqualTo(1.0 / 28);
        assertThat(test($(ThemaSectie.class).first().grid).getCellText(0, 5)).isEqualTo("Gereed");
    }

    @Test
    void overLongTextIsRefusedOnTheFieldAndNothingIsSaved() {
        openChecklist();
        ItemDialog dialog = openEersteItem();

        test(dialog.verantwoordelijke).setValue("x".repeat(201));
        test(dialog.status).selectItem("In uitvoering");
        test(dialog.opslaan).click();

        assertThat(dialog.verantwoordelijke.isInvalid()).isTrue();
        assertThat(dialog.verantwoordelijke.getErrorMessage()).isEqualTo("Maximaal 200 tekens; nu 201.");
        assertThat(dialog.actie.isInvalid()).isTrue();
        assertThat(dialog.melding.isVisible()).isTrue();
        assertThat(dialog.isOpened()).isTrue();
        assertThat(service.open(eigenaar, 2026).orElseThrow().items().getFirst().status())
                .isEqualTo(ItemStatus.NIET_GESTART);
    }

    @Test
    void notApplicableWithoutReasonIsRefusedOnTheReasonField() {
        openChecklist();
        ItemDialog dialog = openEersteItem();

        test(dialog.status).selectItem("Niet van toepassing");
        test(dialog.opslaan).click();

        assertThat(dialog.reden.isVisible()).isTrue();
        assertThat(dialog.reden.getErrorMessage()).isEqualTo("Geef aan waarom dit item niet van toepassing is.");
        assertThat(service.open(eigenaar, 2026).orElseThrow().items().getFirst().status())
                .isEqualTo(ItemStatus.NIET_GESTART);
    }

    @Test
    void dateOutsideTheRangeIsRefusedOnTheDateField() {
        openChecklist();
        ItemDialog dialog = openEersteItem();

        dialog.planning.setValue(LocalDate.of(1999, 1, 1));
        test(dialog.opslaan).click();

        assertThat(dialog.planning.isInvalid()).isTrue();
        assertThat(service.open(eigenaar, 2026).orElseThrow().items().getFirst().planning()).isNull();
    }

    @Test
    void aConflictingEditKeepsMyInputAndShowsTheirs() {
        openChecklist();
        ItemDialog dialog = openEersteItem();
        ItemRegel item = service.open(eigenaar, 2026).orElseThrow().items().getFirst();
        service.wijzig(item.id(), item.version(), new ItemWijziging("Plan van collega", null, null,
                ItemStatus.IN_UITVOERING, null, null));

        test(dialog.actie).setValue("Mijn plan");
        test(dialog.status).selectItem("In uitvoering");
        test(dialog.opslaan).click();

        assertThat(dialog.isOpened()).isTrue();
        assertThat(dialog.actie.getValue()).isEqualTo("Mijn plan");
        assertThat(dialog.melding.getText()).contains("intussen gewijzigd");
        assertThat(service.open(eigenaar, 2026).orElseThrow().items().getFirst().geplandeActie())
                .isEqualTo("Plan van collega");

        test($(Button.class).withText("Mijn versie opslaan").single()).click();

        assertThat(service.open(eigenaar, 2026).orElseThrow().items().getFirst().geplandeActie())
                .isEqualTo("Mijn plan");
    }

    @Test
    void statusFilterShowsOnlyMatchingItems() {
        ItemRegel item = service.open(eigenaar, 2026).orElseThrow().items().get(9);
        service.wijzig(item.id(), item.version(), new ItemWijziging("Loopt", null, LocalDate.of(2026, 1, 2),
                ItemStatus.IN_UITVOERING, null, null));
        ChecklistView view = openChecklist();

        view.statusFilter.setValue(ItemStatus.IN_UITVOERING);

        List<ThemaSectie> themas = $(ThemaSectie.class).all();
        assertThat(themas).hasSize(1);
        assertThat(test(themas.getFirst().grid).getCellText(0, 0)).isEqualTo(item.code());

        view.statusFilter.clear();
        view.verlopenFilter.setValue(true);
        assertThat($(ThemaSectie.class).all()).hasSize(1);
    }

    @Test
    void accountmanagerSeesTheChecklistReadOnly() {
        gegevens.logIn(gegevens.regionaal(nl.gezin1plan.monitor.organisatie.Rol.ACCOUNTMANAGER));
        openChecklist();
        ItemDialog dialog = openEersteItem();

        assertThat(dialog.opslaan.isVisible()).isFalse();
        assertThat(dialog.actie.isReadOnly()).isTrue();
    }

    @Test
    void anotherGemeentesChecklistIsRefusedByUrl() {
        Gemeente andere = gegevens.gemeente();

        naar("checklist/gemeente/" + andere.getId());

        assertThat($(H1.class).first().getText()).isEqualTo("U heeft geen toegang tot deze gegevens.");
        assertThat($(ThemaSectie.class).all()).isEmpty();
    }

    private ChecklistView openChecklist() {
        return naar("checklist/gemeente/" + gemeente.getId());
    }

    private ChecklistView naar(String route) {
        UI.getCurrent().navigate(route, QueryParameters.of("jaar", "2026"));
        return (ChecklistView) getCurrentView();
    }

    @SuppressWarnings("unchecked")
    private ItemDialog openEersteItem() {
        Grid<ItemRegel> grid = $(ThemaSectie.class).first().grid;
        test((Button) test(grid).getCellComponent(0, 6)).click();
        return $(ItemDialog.class).single();
    }
}
