package nl.gezin1plan.monitor.checklist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import nl.gezin1plan.monitor.PostgresTest;
import nl.gezin1plan.monitor.TestGegevens;
import nl.gezin1plan.monitor.organisatie.Afdeling;
import nl.gezin1plan.monitor.organisatie.Gemeente;
import nl.gezin1plan.monitor.organisatie.Rol;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/** Access is enforced in the services: a foreign id is refused, whatever the UI shows. */
@PostgresTest
class ChecklistToegangServiceTest {

    @Autowired
    ChecklistService service;
    @Autowired
    GemeenteOverzichtService overzicht;
    @Autowired
    TestGegevens gegevens;

    Gemeente eigen;
    Gemeente andere;
    Afdeling andereAfdeling;
    ItemRegel itemVanAndere;
    ItemRegel itemVanAndereAfdeling;

    @BeforeEach
    void tweeGemeenten() {
        eigen = gegevens.gemeente();
        andere = gegevens.gemeente();
        andereAfdeling = gegevens.afdeling(andere);
        gegevens.logIn(gegevens.agendahouder(andere));
        itemVanAndere = service.start(ChecklistEigenaar.gemeente(andere.getId()), 2026).items().getFirst();
        gegevens.logIn(gegevens.aandachtsfunctionaris(andereAfdeling));
        itemVanAndereAfdeling = service.start(ChecklistEigenaar.afdeling(andereAfdeling.getId()), 2026).items().getFirst();
        gegevens.logIn(gegevens.agendahouder(eigen));
    }

    @AfterEach
    void logUit() {
        gegevens.logUit();
    }

    @Test
    void agendahouderCannotReadAnotherGemeentesChecklist() {
        assertThatThrownBy(() -> service.open(ChecklistEigenaar.gemeente(andere.getId()), 2026))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> service.open(ChecklistEigenaar.afdeling(andereAfdeling.getId()), 2026))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> service.jaren(ChecklistEigenaar.gemeente(andere.getId())))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> service.geschiedenis(itemVanAndere.id())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> overzicht.overzicht(andere.getId(), 2026)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void agendahouderCannotChangeAnotherGemeentesChecklist() {
        assertThatThrownBy(() -> service.wijzig(itemVanAndere.id(), itemVanAndere.version(),
                ChecklistServiceTest.wijziging("Overgenomen", ItemStatus.GEREED)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> service.start(ChecklistEigenaar.gemeente(andere.getId()), 2027))
                .isInstanceOf(AccessDeniedException.class);

        gegevens.logIn(gegevens.agendahouder(andere));
        ItemRegel ongewijzigd = service.open(ChecklistEigenaar.gemeente(andere.getId()), 2026).orElseThrow()
                .items().getFirst();
        assertThat(ongewijzigd).isEqualTo(itemVanAndere);
        assertThat(service.jaren(ChecklistEigenaar.gemeente(andere.getId()))).containsExactly(2026);
    }

    @Test
    void agendahouderReadsButDoesNotChangeTheAfdelingChecklistsOfTheirOwnGemeente() {
        Afdeling eigenAfdeling = gegevens.afdeling(eigen);
        gegevens.logIn(gegevens.aandachtsfunctionaris(eigenAfdeling));
        ItemRegel item = service.start(ChecklistEigenaar.afdeling(eigenAfdeling.getId()), 2026).items().getFirst();
        gegevens.logIn(gegevens.agendahouder(eigen));

        assertThat(service.open(ChecklistEigenaar.afdeling(eigenAfdeling.getId()), 2026).orElseThrow().wijzigbaar())
                .isFalse();
        assertThatThrownBy(() -> service.wijzig(item.id(), item.version(),
                ChecklistServiceTest.wijziging("x", ItemStatus.GEREED))).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aandachtsfunctionarisCannotReachAnotherAfdelingOrTheGemeenteChecklist() {
        Afdeling eigenAfdeling = gegevens.afdeling(andere);
        gegevens.logIn(gegevens.aandachtsfunctionaris(eigenAfdeling));

        assertThatThrownBy(() -> service.open(ChecklistEigenaar.afdeling(andereAfdeling.getId()), 2026))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> service.open(ChecklistEigenaar.gemeente(andere.getId()), 2026))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> service.wijzig(itemVanAndereAfdeling.id(), itemVanAndereAfdeling.version(),
                ChecklistServiceTest.wijziging("x", ItemStatus.GEREED))).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void accountmanagerReadsEveryGemeenteButChangesNothing() {
        gegevens.logIn(gegevens.regionaal(Rol.ACCOUNTMANAGER));

        ChecklistWeergave checklist = service.open(ChecklistEigenaar.gemeente(andere.getId()), 2026).orElseThrow();

        assertThat(checklist.wijzigbaar()).isFalse();
        assertThatThrownBy(() -> service.wijzig(itemVanAndere.id(), itemVanAndere.version(),
                ChecklistServiceTest.wijziging("x", ItemStatus.GEREED))).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void organisationUserReachesNoChecklist() {
        gegevens.logIn(gegevens.respondent());

        assertThatThrownBy(() -> service.open(ChecklistEigenaar.gemeente(andere.getId()), 2026))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(overzicht.gemeenten()).isEmpty();
        assertThatThrownBy(() -> overzicht.overzicht(andere.getId(), 2026))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void withoutLoginNothingIsReachable() {
        gegevens.logUit();

        assertThatThrownBy(() -> service.open(ChecklistEigenaar.gemeente(eigen.getId()), 2026))
                .isInstanceOf(AccessDeniedException.class);
    }
}
