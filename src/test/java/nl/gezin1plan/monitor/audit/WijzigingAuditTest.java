package nl.gezin1plan.monitor.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import nl.gezin1plan.monitor.PostgresTest;
import nl.gezin1plan.monitor.TestGegevens;
import nl.gezin1plan.monitor.checklist.ChecklistEigenaar;
import nl.gezin1plan.monitor.checklist.ChecklistService;
import nl.gezin1plan.monitor.checklist.ChecklistWeergave;
import nl.gezin1plan.monitor.checklist.ItemRegel;
import nl.gezin1plan.monitor.checklist.ItemStatus;
import nl.gezin1plan.monitor.checklist.ItemWijziging;
import nl.gezin1plan.monitor.keurmerk.KeurmerkService;
import nl.gezin1plan.monitor.keurmerk.Uitkomst;
import nl.gezin1plan.monitor.organisatie.Afdeling;
import nl.gezin1plan.monitor.organisatie.Gemeente;
import nl.gezin1plan.monitor.organisatie.Rol;
import nl.gezin1plan.monitor.uitvraag.UitvraagFixture;
import nl.gezin1plan.monitor.uitvraag.UitvraagService;
import nl.gezin1plan.monitor.uitvraag.UitvraagWeergave;
import nl.gezin1plan.monitor.uitvraag.Vraag;
import nl.gezin1plan.monitor.uitvraag.VraagTeksten;
import nl.gezin1plan.monitor.uitvraag.VraagType;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The audit log learns of changes through the events of the checklist, uitvraag and keurmerk modules, in the
 * transaction of the change: the same lines, in the same words, as when it read their histories.
 */
@PostgresTest
class WijzigingAuditTest {

    @Autowired
    AuditService audit;
    @Autowired
    ChecklistService checklists;
    @Autowired
    UitvraagFixture fixture;
    @Autowired
    UitvraagService uitvragen;
    @Autowired
    KeurmerkService keurmerk;
    @Autowired
    VraagTeksten vraagTeksten;
    @Autowired
    TestGegevens gegevens;
    @Autowired
    TransactionTemplate transacties;

    @AfterEach
    void logUit() {
        gegevens.logUit();
    }

    @Test
    void anAfdelingsItemIsNamedWithGemeenteAndAfdelingAndASaveThatChangesNothingAddsNoLineAsItAddsNoVersion() {
        Gemeente gemeente = gegevens.gemeente();
        Afdeling afdeling = gegevens.afdeling(gemeente);
        String aandachtsfunctionaris = gegevens.aandachtsfunctionaris(afdeling);
        gegevens.logIn(aandachtsfunctionaris);
        ChecklistWeergave checklist = checklists.start(ChecklistEigenaar.afdeling(afdeling.getId()), 2041);
        ItemRegel item = checklist.items().getFirst();
        ItemWijziging wijziging = new ItemWijziging("Werkinstructie opstellen", "Teamleider", null,
                ItemStatus.IN_UITVOERING, null, null);
        ItemRegel gewijzigd = checklists.wijzig(item.id(), item.version(), wijziging);
        checklists.wijzig(gewijzigd.id(), gewijzigd.version(), wijziging);
        assertThat(checklists.geschiedenis(item.id())).hasSize(2);

        alsBeheerder();
        List<AuditRegel> regels = audit.zoek(filter(AuditSoort.WIJZIGING, aandachtsfunctionaris), 0, 100);
        String naam = "Checklist " + gemeente.getNaam() + " / " + afdeling.getNaam() + " 2041, item ";
        assertThat(regels).hasSize(checklist.items().size() + 1)
                .allSatisfy(r -> assertThat(r.rol()).isEqualTo(Rol.AANDACHTSFUNCTIONARIS));
        assertThat(regels.getFirst().omschrijving()).isEqualTo(naam + item.code() + " gewijzigd");
        assertThat(regels.get(1).omschrijving()).isEqualTo(naam + checklist.items().getLast().code() + " aangemaakt");
        assertThat(regels.getLast().omschrijving()).isEqualTo(naam + item.code() + " aangemaakt");
        assertThat(regels.getFirst().wie()).isEqualTo("Test Aandachtsfunctionaris (" + aandachtsfunctionaris + ")");
    }

    @Test
    void anAnswerGivenChangedAndClearedIsInTheLogWithTheQuestionsWordingAndTheSameAnswerAgainAddsNothing() {
        var opzet = fixture.nieuw(2078, false);
        UitvraagWeergave uitvraag = uitvragen.open(opzet.uitvraagId());
        Vraag vraag = uitvraag.inhoud().vanToepassing(uitvraag.antwoorden(), uitvraag.werktMetJeugd()).stream()
                .filter(v -> v.type() == VraagType.JA_NEE).findFirst().orElseThrow();
        uitvragen.beantwoord(opzet.uitvraagId(), vraag.sleutel(), Vraag.JA);
        uitvragen.beantwoord(opzet.uitvraagId(), vraag.sleutel(), Vraag.NEE);
        uitvragen.beantwoord(opzet.uitvraagId(), vraag.sleutel(), Vraag.NEE);
        uitvragen.beantwoord(opzet.uitvraagId(), vraag.sleutel(), "");
        uitvragen.beantwoord(opzet.uitvraagId(), vraag.sleutel(), "");

        alsBeheerder();
        String begin = "Uitvraag 2078 " + opzet.organisatie().getNaam() + ", vraag '"
                + vraagTeksten.kort().get(vraag.sleutel()) + "' ";
        assertThat(audit.zoek(filter(AuditSoort.WIJZIGING, opzet.respondent()), 0, 100))
                .allSatisfy(r -> assertThat(r.rol()).isEqualTo(Rol.ORGANISATIE))
                .extracting(AuditRegel::omschrijving)
                .containsExactly(begin + "gewist", begin + "gewijzigd", begin + "beantwoord");
    }

    @Test
    void aSubmissionAndAJudgementAreInTheLogWithTheirWords() {
        var opzet = fixture.ingediend(2080, false, Map.of());
        gegevens.logIn(opzet.agendahouder());
        keurmerk.beoordeel(opzet.uitvraagId(), "V4", Uitkomst.NIET_VOLDAAN, "Geen wervingsprocedure gezien");

        alsBeheerder();
        assertThat(audit.zoek(filter(AuditSoort.INGEDIEND, opzet.respondent()), 0, 10)).singleElement()
                .extracting(AuditRegel::omschrijving).isEqualTo("Uitvraag 2080 " + opzet.organisatie().getNaam());
        assertThat(audit.zoek(filter(AuditSoort.OORDEEL, opzet.agendahouder()), 0, 10)).singleElement()
                .satisfies(r -> assertThat(r.rol()).isEqualTo(Rol.AGENDAHOUDER))
                .extracting(AuditRegel::omschrijving).isEqualTo("Keurmerk 2080 " + opzet.organisatie().getNaam()
                        + ", criterium V4 niet voldaan: Geen wervingsprocedure gezien");
    }

    @Test
    void aChangeThatIsRolledBackLeavesNoLine() {
        Gemeente gemeente = gegevens.gemeente();
        String agendahouder = gegevens.agendahouder(gemeente);
        gegevens.logIn(agendahouder);
        ItemRegel item = checklists.start(ChecklistEigenaar.gemeente(gemeente.getId()), 2041).items().getFirst();
        var opzet = fixture.ingediend(2041, false, Map.of());
        gegevens.logIn(opzet.agendahouder());
        alsBeheerder();
        int agendahouderVooraf = audit.tel(filter(null, agendahouder));
        int respondentVooraf = audit.tel(filter(null, opzet.respondent()));
        int beoordelaarVooraf = audit.tel(filter(null, opzet.agendahouder()));

        gegevens.logIn(agendahouder);
        transacties.executeWithoutResult(status -> {
            checklists.wijzig(item.id(), item.version(), new ItemWijziging("Teruggedraaid", null, null,
                    ItemStatus.GEREED, null, null));
            status.setRollbackOnly();
        });
        gegevens.logIn(opzet.agendahouder());
        transacties.executeWithoutResult(status -> {
            keurmerk.beoordeel(opzet.uitvraagId(), "V4", Uitkomst.VOLDAAN, "Teruggedraaid");
            uitvragen.heropen(opzet.uitvraagId(), "Teruggedraaid");
            status.setRollbackOnly();
        });
        transacties.executeWithoutResult(status -> {
            uitvragen.heropen(opzet.uitvraagId(), "Eerst heropend");
            gegevens.logIn(opzet.respondent());
            uitvragen.beantwoord(opzet.uitvraagId(), uitvragen.open(opzet.uitvraagId()).antwoorden().keySet()
                    .iterator().next(), "");
            status.setRollbackOnly();
        });

        alsBeheerder();
        assertThat(audit.tel(filter(null, agendahouder))).isEqualTo(agendahouderVooraf);
        assertThat(audit.tel(filter(null, opzet.respondent()))).isEqualTo(respondentVooraf);
        assertThat(audit.tel(filter(null, opzet.agendahouder()))).isEqualTo(beoordelaarVooraf);
        assertThat(audit.zoek(AuditFilter.ALLES, 0, 200)).extracting(AuditRegel::omschrijving)
                .noneMatch(t -> t.contains("Teruggedraaid") || t.contains("Eerst heropend"));
    }

    private void alsBeheerder() {
        gegevens.logIn(gegevens.regionaal(Rol.BEHEERDER));
    }

    private static AuditFilter filter(AuditSoort soort, String gebruikersnaam) {
        return new AuditFilter(soort, gebruikersnaam, null, null);
    }
}
