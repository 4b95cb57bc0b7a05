package nl.gezin1plan.monitor.checklist;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import nl.gezin1plan.monitor.PostgresTest;
import nl.gezin1plan.monitor.TestGegevens;
import nl.gezin1plan.monitor.organisatie.Afdeling;
import nl.gezin1plan.monitor.organisatie.Gemeente;
import nl.gezin1plan.monitor.organisatie.Rol;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@PostgresTest
class GemeenteOverzichtServiceTest {

    @Autowired
    GemeenteOverzichtService overzichten;
    @Autowired
    ChecklistService checklists;
    @Autowired
    TestGegevens gegevens;

    @AfterEach
    void logUit() {
        gegevens.logUit();
    }

    @Test
    void showsGemeenteAndAfdelingProgressSideBySide() {
        Gemeente gemeente = gegevens.gemeente();
        Afdeling metChecklist = gegevens.afdeling(gemeente);
        Afdeling zonderChecklist = gegevens.afdeling(gemeente);
        gegevens.logIn(gegevens.aandachtsfunctionaris(metChecklist));
        ItemRegel afdelingItem = checklists.start(ChecklistEigenaar.afdeling(metChecklist.getId()), 2026).items()
                .getFirst();
        checklists.wijzig(afdelingItem.id(), afdelingItem.version(),
                ChecklistServiceTest.wijziging("Klaar", ItemStatus.GEREED));
        gegevens.logIn(gegevens.agendahouder(gemeente));
        List<ItemRegel> items = checklists.start(ChecklistEigenaar.gemeente(gemeente.getId()), 2026).items();
        checklists.wijzig(items.get(0).id(), items.get(0).version(),
                ChecklistServiceTest.wijziging("Klaar", ItemStatus.GEREED));

        GemeenteOverzicht overzicht = overzichten.overzicht(gemeente.getId(), 2026);

        assertThat(overzicht.checklist().voortgang().gereed()).isEqualTo(1);
        assertThat(overzicht.checklist().perThema()).hasSize(7);
        assertThat(overzicht.checklist().perThema().get("A Commitment").gereed()).isEqualTo(1);
        assertThat(overzicht.afdelingen()).extracting(GemeenteOverzicht.AfdelingRegel::naam)
                .containsExactlyInAnyOrder(metChecklist.getNaam(), zonderChecklist.getNaam());
        GemeenteOverzicht.AfdelingRegel regel = overzicht.afdelingen().stream()
                .filter(a -> a.afdelingId() == metChecklist.getId()).findFirst().orElseThrow();
        assertThat(regel.checklist().voortgang().gereed()).isEqualTo(1);
        assertThat(regel.checklist().voortgang().totaal()).isEqualTo(19);
        assertThat(regel.zonderAandachtsfunctionaris()).isFalse();
        GemeenteOverzicht.AfdelingRegel leeg = overzicht.afdelingen().stream()
                .filter(a -> a.afdelingId() == zonderChecklist.getId()).findFirst().orElseThrow();
        assertThat(leeg.checklist()).isNull();
        assertThat(leeg.zonderAandachtsfunctionaris()).isTrue();
    }

    @Test
    void gemeenteWithoutAgendahouderIsFlagged() {
        Gemeente zonder = gegevens.gemeente();
        Gemeente met = gegevens.gemeente();
        gegevens.agendahouder(met);
        gegevens.logIn(gegevens.regionaal(Rol.BEHEERDER));

        assertThat(overzichten.overzicht(zonder.getId(), 2026).zonderAgendahouder()).isTrue();
        assertThat(overzichten.overzicht(met.getId(), 2026).zonderAgendahouder()).isFalse();
        assertThat(overzichten.overzicht(met.getId(), 2026).agendahouders()).containsExactly("Test Agendahouder");
    }

    @Test
    void agendahouderSeesOnlyTheirOwnGemeenteToChooseFrom() {
        Gemeente gemeente = gegevens.gemeente();
        gegevens.logIn(gegevens.agendahouder(gemeente));

        assertThat(overzichten.gemeenten()).containsExactly(new GemeenteKeuze(gemeente.getId(), gemeente.getNaam()));
    }

    @Test
    void regionWideRolesChooseFromAllGemeenten() {
        gegevens.logIn(gegevens.regionaal(Rol.ACCOUNTMANAGER));

        assertThat(overzichten.gemeenten()).extracting(GemeenteKeuze::naam)
                .contains("Leiden", "Alphen aan den Rijn", "Gouda", "Katwijk");
    }
}
