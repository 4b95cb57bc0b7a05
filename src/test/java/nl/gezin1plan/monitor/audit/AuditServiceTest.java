package nl.gezin1plan.monitor.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import nl.gezin1plan.monitor.PostgresTest;
import nl.gezin1plan.monitor.TestGegevens;
import nl.gezin1plan.monitor.checklist.ChecklistEigenaar;
import nl.gezin1plan.monitor.checklist.ChecklistService;
import nl.gezin1plan.monitor.checklist.ItemRegel;
import nl.gezin1plan.monitor.checklist.ItemStatus;
import nl.gezin1plan.monitor.checklist.ItemWijziging;
import nl.gezin1plan.monitor.keurmerk.KeurmerkService;
import nl.gezin1plan.monitor.keurmerk.Uitkomst;
import nl.gezin1plan.monitor.organisatie.Gemeente;
import nl.gezin1plan.monitor.organisatie.Rol;
import nl.gezin1plan.monitor.uitvraag.UitvraagFixture;
import nl.gezin1plan.monitor.uitvraag.UitvraagService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

@PostgresTest
class AuditServiceTest {

    @Autowired
    AuditService audit;
    @Autowired
    UitvraagFixture fixture;
    @Autowired
    UitvraagService uitvragen;
    @Autowired
    KeurmerkService keurmerk;
    @Autowired
    ChecklistService checklists;
    @Autowired
    TestGegevens gegevens;
    @Autowired
    Clock clock;

    @AfterEach
    void logUit() {
        gegevens.logUit();
    }

    @Test
    void onlyTheBeheerderReadsTheAuditLog() {
        assertThatThrownBy(() -> audit.tel(AuditFilter.ALLES)).isInstanceOf(AccessDeniedException.class);
        for (String ander : List.of(gegevens.regionaal(Rol.ACCOUNTMANAGER), gegevens.agendahouder(gegevens.gemeente()),
                gegevens.respondent())) {
            gegevens.logIn(ander);
            assertThatThrownBy(() -> audit.zoek(AuditFilter.ALLES, 0, 10)).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> audit.tel(AuditFilter.ALLES)).isInstanceOf(AccessDeniedException.class);
        }
    }

    @Test
    void answersSubmissionReopeningAndOverrideAreInTheLogWithWhoAndWhy() {
        var opzet = fixture.ingediend(2026, false, Map.of());
        gegevens.logIn(opzet.agendahouder());
        uitvragen.heropen(opzet.uitvraagId(), "Graag het scholingsplan toevoegen");
        keurmerk.beoordeel(opzet.uitvraagId(), "V4", Uitkomst.VOLDAAN, "Wervingsprocedure ingezien");

        alsBeheerder();
        List<AuditRegel> vanAgendahouder = audit.zoek(filter(null, opzet.agendahouder()), 0, 100);
        assertThat(vanAgendahouder).extracting(AuditRegel::soort).containsExactly(AuditSoort.OORDEEL, AuditSoort.HEROPEND);
        assertThat(vanAgendahouder).extracting(AuditRegel::rol).containsOnly(Rol.AGENDAHOUDER);
        assertThat(vanAgendahouder.get(0).omschrijving()).isEqualTo("Keurmerk 2026 " + opzet.organisatie().getNaam()
                + ", criterium V4 voldaan: Wervingsprocedure ingezien");
        assertThat(vanAgendahouder.get(1).omschrijving()).isEqualTo("Uitvraag 2026 " + opzet.organisatie().getNaam()
                + ": Graag het scholingsplan toevoegen");

        List<AuditRegel> vanRespondent = audit.zoek(filter(null, opzet.respondent()), 0, 1000);
        assertThat(vanRespondent.getFirst().soort()).isEqualTo(AuditSoort.INGEDIEND);
        assertThat(vanRespondent).extracting(AuditRegel::rol).containsOnly(Rol.ORGANISATIE);
        assertThat(vanRespondent).filteredOn(r -> r.soort() == AuditSoort.WIJZIGING).isNotEmpty()
                .allSatisfy(r -> assertThat(r.omschrijving())
                        .startsWith("Uitvraag 2026 " + opzet.organisatie().getNaam() + ", vraag '").endsWith("' beantwoord")
                        .doesNotContain("_"));
        assertThat(vanRespondent).extracting(AuditRegel::omschrijving)
                .anySatisfy(t -> assertThat(t).contains(", vraag 'Werkt uw organisatie"));
    }

    @Test
    void aChecklistChangeIsInTheLogWithGemeenteYearAndItem() {
        Gemeente gemeente = gegevens.gemeente();
        String agendahouder = gegevens.agendahouder(gemeente);
        gegevens.logIn(agendahouder);
        ItemRegel item = checklists.start(ChecklistEigenaar.gemeente(gemeente.getId()), 2026).items().getFirst();
        checklists.wijzig(item.id(), item.version(), new ItemWijziging("Vaststellen in college", null, null,
                ItemStatus.IN_UITVOERING, null, null));

        alsBeheerder();
        List<AuditRegel> regels = audit.zoek(filter(AuditSoort.WIJZIGING, agendahouder), 0, 100);

        assertThat(regels).hasSize(29);
        assertThat(regels.getFirst().omschrijving())
                .isEqualTo("Checklist " + gemeente.getNaam() + " 2026, item A1 gewijzigd");
    }

    @Test
    void filtersByKindNameAndPeriodAndPagesWithoutGapsOrDoubles() {
        var opzet = fixture.nieuw(2026, false);
        fixture.beantwoordAlles(opzet.uitvraagId(), Map.of());
        alsBeheerder();
        LocalDate vandaag = LocalDate.now(clock);
        AuditFilter vanRespondent = filter(null, opzet.respondent().toUpperCase());

        int aantal = audit.tel(vanRespondent);
        List<AuditRegel> alles = audit.zoek(vanRespondent, 0, 1000);
        assertThat(alles).hasSize(aantal).hasSizeGreaterThan(5)
                .allSatisfy(r -> assertThat(r.gebruikersnaam()).isEqualTo(opzet.respondent()));
        assertThat(alles).extracting(AuditRegel::tijdstip).isSortedAccordingTo(java.util.Comparator.reverseOrder());
        List<AuditRegel> gepagineerd = new java.util.ArrayList<>(audit.zoek(vanRespondent, 0, 3));
        gepagineerd.addAll(audit.zoek(vanRespondent, 3, 1000));
        assertThat(gepagineerd).isEqualTo(alles);

        assertThat(audit.tel(filter(AuditSoort.EXPORT, opzet.respondent()))).isZero();
        assertThat(audit.tel(new AuditFilter(null, opzet.respondent(), vandaag, vandaag))).isEqualTo(aantal);
        assertThat(audit.tel(new AuditFilter(null, opzet.respondent(), vandaag.plusDays(1), null))).isZero();
        assertThat(audit.tel(new AuditFilter(null, opzet.respondent(), null, vandaag.minusDays(1)))).isZero();
        assertThat(audit.tel(filter(null, "%"))).isZero();
    }

    private void alsBeheerder() {
        gegevens.logIn(gegevens.regionaal(Rol.BEHEERDER));
    }

    private static AuditFilter filter(AuditSoort soort, String gebruikersnaam) {
        return new AuditFilter(soort, gebruikersnaam, null, null);
    }
}
