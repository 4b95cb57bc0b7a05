package nl.gezin1plan.monitor.checklist;

import nl.gezin1plan.monitor.base.OngeldigeInvoer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import nl.gezin1plan.monitor.PostgresTest;
import nl.gezin1plan.monitor.TestGegevens;
import nl.gezin1plan.monitor.organisatie.Afdeling;
import nl.gezin1plan.monitor.organisatie.Gemeente;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@PostgresTest
class ChecklistServiceTest {

    @Autowired
    ChecklistService service;
    @Autowired
    TestGegevens gegevens;

    Gemeente gemeente;
    ChecklistEigenaar eigenaar;

    @BeforeEach
    void nieuweGemeente() {
        gemeente = gegevens.gemeente();
        eigenaar = ChecklistEigenaar.gemeente(gemeente.getId());
        gegevens.logIn(gegevens.agendahouder(gemeente));
    }

    @AfterEach
    void logUit() {
        gegevens.logUit();
    }

    @Test
    void startingAYearGivesAll28ItemsOfTheNewestVersionNotStarted() {
        ChecklistWeergave checklist = service.start(eigenaar, 2026);

        assertThat(checklist.items()).hasSize(28);
        assertThat(checklist.perThema().keySet()).containsExactly("A Commitment", "B Organisatiestructuur",
                "C Financiële middelen", "D Deskundigheidsbevordering", "E Bevoegdheden", "F Monitoring",
                "G Onderhoud");
        assertThat(checklist.versieNaam()).isEqualTo("Handreiking versie 6 (2019)");
        assertThat(checklist.items()).allMatch(i -> i.status() == ItemStatus.NIET_GESTART);
        assertThat(checklist.wijzigbaar()).isTrue();
    }

    @Test
    void afdelingChecklistHas19Items() {
        Afdeling afdeling = gegevens.afdeling(gemeente);
        gegevens.logIn(gegevens.aandachtsfunctionaris(afdeling));

        ChecklistWeergave checklist = service.start(ChecklistEigenaar.afdeling(afdeling.getId()), 2026);

        assertThat(checklist.items()).hasSize(19);
        assertThat(checklist.eigenaarNaam()).isEqualTo(afdeling.getNaam());
        assertThat(checklist.gemeenteNaam()).isEqualTo(gemeente.getNaam());
    }

    @Test
    void startingAnExistingYearReturnsItUnchanged() {
        ChecklistWeergave eerste = service.start(eigenaar, 2026);
        ItemRegel item = eerste.items().getFirst();
        service.wijzig(item.id(), item.version(), wijziging("Vaststellen in college", ItemStatus.IN_UITVOERING));

        ChecklistWeergave tweede = service.start(eigenaar, 2026);

        assertThat(tweede.id()).isEqualTo(eerste.id());
        assertThat(tweede.items().getFirst().geplandeActie()).isEqualTo("Vaststellen in college");
    }

    @Test
    void savedChangeIsReadBackWithWhoChangedIt() {
        ItemRegel item = service.start(eigenaar, 2026).items().get(3);

        ItemRegel opgeslagen = service.wijzig(item.id(), item.version(), new ItemWijziging("Monitoringmethode kiezen",
                "Beleidsadviseur jeugd", LocalDate.of(2026, 6, 30), ItemStatus.IN_UITVOERING, null, "Met GGD"));

        ItemRegel gelezen = service.open(eigenaar, 2026).orElseThrow().items().get(3);
        assertThat(gelezen).isEqualTo(opgeslagen);
        assertThat(gelezen.verantwoordelijke()).isEqualTo("Beleidsadviseur jeugd");
        assertThat(gelezen.planning()).isEqualTo(LocalDate.of(2026, 6, 30));
        assertThat(gelezen.gewijzigdDoor()).startsWith("ah-");
        assertThat(gelezen.version()).isGreaterThan(item.version());
    }

    @Test
    void historyShowsWhoChangedWhichFieldFromWhatToWhat() {
        ItemRegel item = service.start(eigenaar, 2026).items().getFirst();
        ItemRegel eerste = service.wijzig(item.id(), item.version(), wijziging("Eerste plan", ItemStatus.IN_UITVOERING));
        service.wijzig(item.id(), eerste.version(), wijziging("Beter plan", ItemStatus.GEREED));

        List<ItemHistorie> historie = service.geschiedenis(item.id());

        ItemHistorie laatste = historie.getFirst();
        assertThat(laatste.gebruikersnaam()).startsWith("ah-");
        assertThat(laatste.wie()).isEqualTo("Test Agendahouder (" + laatste.gebruikersnaam() + ")");
        assertThat(laatste.wijzigingen()).containsExactlyInAnyOrder(
                new ItemHistorie.Veldwijziging("Geplande actie", "Eerste plan", "Beter plan"),
                new ItemHistorie.Veldwijziging("Status", "In uitvoering", "Gereed"));
        assertThat(historie).hasSizeGreaterThanOrEqualTo(2);
    }

    @Test
    void aChecklistCanOnlyBeStartedForTheYearsOfTheUitvraagRounds() {
        for (int jaar : new int[] {0, 1999, 2101, 9999}) {
            assertThatThrownBy(() -> service.start(eigenaar, jaar)).as("jaar " + jaar)
                    .isInstanceOfSatisfying(OngeldigeInvoer.class, e -> assertThat(e.fouten())
                            .containsExactly(Map.entry("jaar", "Kies een jaar tussen 2000 en 2100.")));
            assertThat(service.open(eigenaar, jaar)).isEmpty();
        }

        assertThat(service.start(eigenaar, 2000).items()).hasSize(28);
        assertThat(service.start(eigenaar, 2100).items()).hasSize(28);
    }

    @Test
    void badInputIsRefusedPerFieldAndNothingIsSaved() {
        ItemRegel item = service.start(eigenaar, 2026).items().getFirst();
        service.wijzig(item.id(), item.version(), wijziging("Goed plan", ItemStatus.IN_UITVOERING));
        ItemRegel voor = service.open(eigenaar, 2026).orElseThrow().items().getFirst();

        assertThatThrownBy(() -> service.wijzig(voor.id(), voor.version(), new ItemWijziging("x".repeat(2001),
                null, null, ItemStatus.NIET_VAN_TOEPASSING, null, null)))
                .isInstanceOfSatisfying(OngeldigeInvoer.class, e -> assertThat(e.fouten())
                        .containsOnlyKeys("geplandeActie", "redenNietVanToepassing"));

        assertThat(service.open(eigenaar, 2026).orElseThrow().items().getFirst()).isEqualTo(voor);
    }

    @Test
    void secondOfTwoEditsFromTheSameVersionGetsAConflictAndOverwritesNothing() {
        ItemRegel geopend = service.start(eigenaar, 2026).items().get(1);
        service.wijzig(geopend.id(), geopend.version(), wijziging("Plan van collega", ItemStatus.IN_UITVOERING));

        assertThatThrownBy(() -> service.wijzig(geopend.id(), geopend.version(),
                wijziging("Mijn plan", ItemStatus.GEREED)))
                .isInstanceOfSatisfying(WijzigingsConflict.class, e -> {
                    assertThat(e.actueel().geplandeActie()).isEqualTo("Plan van collega");
                    assertThat(e.actueel().gewijzigdDoor()).startsWith("ah-");
                });
        assertThat(service.open(eigenaar, 2026).orElseThrow().items().get(1).geplandeActie())
                .isEqualTo("Plan van collega");
    }

    @Test
    void nextYearCarriesOpenActionsForwardAndStartsFinishedOnesAfresh() {
        List<ItemRegel> items = service.start(eigenaar, 2025).items();
        ItemRegel open = items.get(0);
        ItemRegel klaar = items.get(1);
        service.wijzig(open.id(), open.version(), new ItemWijziging("Nog bezig", "Teamleider",
                LocalDate.of(2025, 9, 1), ItemStatus.IN_UITVOERING, null, "loopt door"));
        service.wijzig(klaar.id(), klaar.version(), wijziging("Afgerond", ItemStatus.GEREED));

        ChecklistWeergave volgend = service.start(eigenaar, 2026);

        ItemRegel overgenomen = volgend.items().get(0);
        assertThat(overgenomen.geplandeActie()).isEqualTo("Nog bezig");
        assertThat(overgenomen.verantwoordelijke()).isEqualTo("Teamleider");
        assertThat(overgenomen.status()).isEqualTo(ItemStatus.IN_UITVOERING);
        assertThat(overgenomen.notitie()).isEqualTo("loopt door");
        assertThat(volgend.items().get(1).geplandeActie()).isNull();
        assertThat(volgend.items().get(1).status()).isEqualTo(ItemStatus.NIET_GESTART);
        assertThat(service.jaren(eigenaar)).containsExactly(2025, 2026);
    }

    @Test
    void overdueMeansPlannedBeforeTodayAndNotFinished() {
        ItemRegel item = service.start(eigenaar, 2026).items().getFirst();
        ItemRegel verlopen = service.wijzig(item.id(), item.version(), new ItemWijziging("Te laat", null,
                LocalDate.of(2026, 1, 15), ItemStatus.IN_UITVOERING, null, null));

        assertThat(verlopen.isVerlopen(LocalDate.of(2026, 2, 1))).isTrue();
        assertThat(verlopen.isVerlopen(LocalDate.of(2026, 1, 15))).isFalse();
        ItemRegel gereed = service.wijzig(item.id(), verlopen.version(), new ItemWijziging("Te laat", null,
                LocalDate.of(2026, 1, 15), ItemStatus.GEREED, null, null));
        assertThat(gereed.isVerlopen(LocalDate.of(2026, 2, 1))).isFalse();
    }

    @Test
    void progressPerThemeFollowsTheSavedStatuses() {
        List<ItemRegel> items = service.start(eigenaar, 2026).items();
        Map<String, List<ItemRegel>> perThema = items.stream()
                .collect(Collectors.groupingBy(ItemRegel::themaCode));
        for (ItemRegel item : perThema.get("B")) {
            service.wijzig(item.id(), item.version(), wijziging("Uitvragen", ItemStatus.GEREED));
        }

        ChecklistWeergave checklist = service.open(eigenaar, 2026).orElseThrow();

        assertThat(checklist.voortgang().gereed()).isEqualTo(4);
        assertThat(checklist.voortgang().procent()).isEqualTo(14);
    }

    static ItemWijziging wijziging(String actie, ItemStatus status) {
        return new ItemWijziging(actie, null, null, status, null, null);
    }
}
