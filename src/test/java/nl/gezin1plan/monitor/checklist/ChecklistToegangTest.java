package nl.gezin1plan.monitor.checklist;

import static org.assertj.core.api.Assertions.assertThat;

import nl.gezin1plan.monitor.organisatie.Rol;
import nl.gezin1plan.monitor.security.HuidigeGebruiker;
import org.junit.jupiter.api.Test;

class ChecklistToegangTest {

    private static final HuidigeGebruiker AGENDAHOUDER_1 = new HuidigeGebruiker("a", "A", Rol.AGENDAHOUDER, 1L, null, null);
    private static final HuidigeGebruiker FUNCTIONARIS_10 =
            new HuidigeGebruiker("f", "F", Rol.AANDACHTSFUNCTIONARIS, 1L, 10L, null);
    private static final HuidigeGebruiker ACCOUNTMANAGER = new HuidigeGebruiker("m", "M", Rol.ACCOUNTMANAGER, null, null, null);
    private static final HuidigeGebruiker RESPONDENT = new HuidigeGebruiker("o", "O", Rol.ORGANISATIE, null, null, 5L);

    @Test
    void agendahouderReadsOwnGemeenteAndItsAfdelingenButChangesOnlyTheGemeenteChecklist() {
        assertThat(ChecklistToegang.magLezen(AGENDAHOUDER_1, ChecklistEigenaar.gemeente(1), 1)).isTrue();
        assertThat(ChecklistToegang.magLezen(AGENDAHOUDER_1, ChecklistEigenaar.afdeling(10), 1)).isTrue();
        assertThat(ChecklistToegang.magWijzigen(AGENDAHOUDER_1, ChecklistEigenaar.gemeente(1))).isTrue();
        assertThat(ChecklistToegang.magWijzigen(AGENDAHOUDER_1, ChecklistEigenaar.afdeling(10))).isFalse();
    }

    @Test
    void agendahouderHasNoAccessToAnotherGemeente() {
        assertThat(ChecklistToegang.magLezen(AGENDAHOUDER_1, ChecklistEigenaar.gemeente(2), 2)).isFalse();
        assertThat(ChecklistToegang.magLezen(AGENDAHOUDER_1, ChecklistEigenaar.afdeling(20), 2)).isFalse();
        assertThat(ChecklistToegang.magWijzigen(AGENDAHOUDER_1, ChecklistEigenaar.gemeente(2))).isFalse();
    }

    @Test
    void aandachtsfunctionarisOnlyHasTheirOwnAfdeling() {
        assertThat(ChecklistToegang.magWijzigen(FUNCTIONARIS_10, ChecklistEigenaar.afdeling(10))).isTrue();
        assertThat(ChecklistToegang.magLezen(FUNCTIONARIS_10, ChecklistEigenaar.afdeling(11), 1)).isFalse();
        assertThat(ChecklistToegang.magLezen(FUNCTIONARIS_10, ChecklistEigenaar.gemeente(1), 1)).isFalse();
    }

    @Test
    void accountmanagerReadsEverythingAndChangesNothing() {
        assertThat(ChecklistToegang.magLezen(ACCOUNTMANAGER, ChecklistEigenaar.afdeling(20), 2)).isTrue();
        assertThat(ChecklistToegang.magWijzigen(ACCOUNTMANAGER, ChecklistEigenaar.gemeente(2))).isFalse();
    }

    @Test
    void organisationHasNoAccessToChecklists() {
        assertThat(ChecklistToegang.magLezen(RESPONDENT, ChecklistEigenaar.gemeente(1), 1)).isFalse();
        assertThat(ChecklistToegang.magWijzigen(RESPONDENT, ChecklistEigenaar.gemeente(1))).isFalse();
    }
}
