package nl.gezin1plan.monitor.checklist;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import nl.gezin1plan.monitor.PostgresTest;
import nl.gezin1plan.monitor.TestGegevens;
import nl.gezin1plan.monitor.organisatie.Gemeente;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.transaction.annotation.Transactional;

/**
 * A new handreiking version is a data change: loading it changes what new years get, while a started year
 * keeps the version it began with. Rolled back, so the new version never reaches other tests.
 */
@PostgresTest
@Transactional
class ChecklistVersieTest {

    @Autowired
    ChecklistInhoudLader lader;
    @Autowired
    ChecklistService service;
    @Autowired
    TestGegevens gegevens;

    @AfterEach
    void logUit() {
        gegevens.logUit();
    }

    @Test
    void aNewContentVersionIsUsedForNewYearsWhileStartedYearsKeepTheirs() {
        Gemeente gemeente = gegevens.gemeente();
        gegevens.logIn(gegevens.agendahouder(gemeente));
        ChecklistEigenaar eigenaar = ChecklistEigenaar.gemeente(gemeente.getId());
        ItemRegel a1 = service.start(eigenaar, 2026).items().getFirst();
        service.wijzig(a1.id(), a1.version(), new ItemWijziging("Loopt door", null, null, ItemStatus.IN_UITVOERING,
                null, null));

        lader.laad(versie7MetExtraOnderhoudsitem());
        ChecklistWeergave volgendJaar = service.start(eigenaar, 2027);

        assertThat(volgendJaar.versieNaam()).isEqualTo("Handreiking versie 7 (test)");
        assertThat(volgendJaar.items()).hasSize(29);
        assertThat(volgendJaar.items().getLast().code()).isEqualTo("G5");
        assertThat(volgendJaar.items().getFirst().geplandeActie()).isEqualTo("Loopt door");
        ChecklistWeergave ditJaar = service.open(eigenaar, 2026).orElseThrow();
        assertThat(ditJaar.versieNaam()).isEqualTo("Handreiking versie 6 (2019)");
        assertThat(ditJaar.items()).hasSize(28);
    }

    @Test
    void loadingAVersionThatExistsChangesNothing() {
        ChecklistInhoud v6 = lader.lees(new ClassPathResource("content/checklist/handreiking-v6.json"));
        Gemeente gemeente = gegevens.gemeente();
        gegevens.logIn(gegevens.agendahouder(gemeente));

        lader.laad(v6);

        assertThat(service.start(ChecklistEigenaar.gemeente(gemeente.getId()), 2026).items()).hasSize(28);
    }

    private ChecklistInhoud versie7MetExtraOnderhoudsitem() {
        ChecklistInhoud v6 = lader.lees(new ClassPathResource("content/checklist/handreiking-v6.json"));
        List<ChecklistInhoud.Lijst> lijsten = new ArrayList<>();
        for (ChecklistInhoud.Lijst lijst : v6.checklists()) {
            List<ChecklistInhoud.Thema> themas = new ArrayList<>(lijst.themas());
            if (lijst.soort() == ChecklistSoort.AGENDAHOUDER) {
                ChecklistInhoud.Thema onderhoud = themas.removeLast();
                List<ChecklistInhoud.Item> items = new ArrayList<>(onderhoud.items());
                items.add(new ChecklistInhoud.Item("Deel ervaringen met andere regio's.", false, false, null, null));
                themas.add(new ChecklistInhoud.Thema(onderhoud.code(), onderhoud.naam(), items));
            }
            lijsten.add(new ChecklistInhoud.Lijst(lijst.soort(), lijst.sectie(), lijst.titel(), themas));
        }
        return new ChecklistInhoud("7-test", "Handreiking versie 7 (test)", "test", lijsten);
    }
}
