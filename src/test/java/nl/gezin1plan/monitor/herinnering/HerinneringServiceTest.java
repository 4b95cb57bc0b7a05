package nl.gezin1plan.monitor.herinnering;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.LocalDate;
import nl.gezin1plan.monitor.PostgresTest;
import nl.gezin1plan.monitor.TestGegevens;
import nl.gezin1plan.monitor.audit.AuditFilter;
import nl.gezin1plan.monitor.audit.AuditService;
import nl.gezin1plan.monitor.audit.AuditSoort;
import nl.gezin1plan.monitor.base.OngeldigeInvoer;
import nl.gezin1plan.monitor.herinnering.HerinneringOpzet.Ronde;
import nl.gezin1plan.monitor.organisatie.Gemeente;
import nl.gezin1plan.monitor.organisatie.Rol;
import nl.gezin1plan.monitor.uitvraag.UitvraagRondeService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

@PostgresTest
class HerinneringServiceTest {

    @Autowired
    HerinneringService service;
    @Autowired
    HerinneringVerzender verzender;
    @Autowired
    HerinneringOpzet opzet;
    @Autowired
    TestGegevens gegevens;
    @Autowired
    AuditService audit;
    @Autowired
    UitvraagRondeService rondes;
    @Autowired
    Clock clock;

    @AfterEach
    void logUit() {
        gegevens.logUit();
    }

    @Test
    void aRoundWithoutAScheduleOfItsOwnFollowsTheDefault() {
        Ronde ronde = opzet.ronde(2098, 1);

        HerinneringSchemaWeergave schema = service.schema(2098);

        assertThat(schema.dagenVoor()).isEqualTo("14, 3");
        assertThat(schema.herhaalDagen()).isEqualTo(7);
        assertThat(schema.maximum()).isEqualTo(5);
        assertThat(schema.volgende()).isEqualTo(ronde.deadline().minusDays(14));
        assertThat(schema.gewijzigdDoor()).isNull();
        assertThat(schema.magWijzigen()).isTrue();
    }

    @Test
    void theAgendahouderWhoOpenedTheRoundChangesItsScheduleAndTheJobFollowsIt() {
        Ronde ronde = opzet.ronde(2099, 1);
        String email = ronde.deelnemers().getFirst().email();

        HerinneringSchemaWeergave schema = service.wijzigSchema(2099, "10", 0, 1);

        assertThat(schema.dagenVoor()).isEqualTo("10");
        assertThat(schema.gewijzigdDoor()).isEqualTo(ronde.agendahouder());
        verzender.verstuur(ronde.deadline().minusDays(14));
        verzender.verstuur(ronde.deadline().minusDays(10));
        verzender.verstuur(ronde.deadline().minusDays(3));
        verzender.verstuur(ronde.deadline().plusDays(7));
        assertThat(opzet.herinneringenAan(email)).hasSize(1);
        gegevens.logIn(gegevens.regionaal(Rol.BEHEERDER));
        assertThat(audit.zoek(new AuditFilter(AuditSoort.HERINNERINGSCHEMA, ronde.agendahouder(), null, null), 0, 10))
                .singleElement().satisfies(r -> assertThat(r.omschrijving())
                        .isEqualTo("Herinneringen uitvraag 2099: 10 dagen voor de uiterste datum, daarna niet herhaald, "
                                + "hoogstens 1"));
    }

    @Test
    void lastYearsRoundIsNoLongerChasedSoItHasNoNextReminderWhateverItsSchedule() {
        int vorigJaar = LocalDate.now(clock).getYear() - 1;
        opzet.ronde(vorigJaar, 1);
        gegevens.logIn(gegevens.regionaal(Rol.BEHEERDER));

        assertThat(service.wijzigSchema(vorigJaar, "14", 90, 20).volgende()).isNull();
    }

    @Test
    void anotherAgendahouderSeesTheScheduleButMayNotChangeItAndTheBeheerderMay() {
        opzet.ronde(2100, 1);
        Gemeente andere = gegevens.gemeente();
        gegevens.logIn(gegevens.agendahouder(andere));

        assertThat(service.schema(2100).magWijzigen()).isFalse();
        assertThatThrownBy(() -> service.wijzigSchema(2100, "7", 7, 3)).isInstanceOf(AccessDeniedException.class);

        gegevens.logIn(gegevens.regionaal(Rol.BEHEERDER));
        assertThat(service.wijzigSchema(2100, "7", 7, 3).dagenVoor()).isEqualTo("7");
        gegevens.logIn(gegevens.regionaal(Rol.ACCOUNTMANAGER));
        assertThat(service.schema(2100).magWijzigen()).isFalse();
        assertThatThrownBy(() -> service.wijzigSchema(2100, "7", 7, 3)).isInstanceOf(AccessDeniedException.class);
        gegevens.logIn(gegevens.respondent());
        assertThatThrownBy(() -> service.schema(2100)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aScheduleOutsideItsLimitsIsRefusedWithADutchMessagePerField() {
        opzet.ronde(2090, 1);

        assertThatThrownBy(() -> service.wijzigSchema(2090, "14, 0, 91", 120, 21))
                .isInstanceOfSatisfying(OngeldigeInvoer.class, fout -> assertThat(fout.fouten())
                        .containsEntry("dagenVoor", "Elk aantal dagen voor de uiterste datum ligt tussen 1 en 90.")
                        .containsEntry("herhaalDagen",
                                "Herhaal na de uiterste datum elke 1 tot 90 dagen, of vul 0 in voor niet herhalen.")
                        .containsEntry("maximum", "Het aantal herinneringen per organisatie ligt tussen 0 en 20."));
        assertThatThrownBy(() -> service.wijzigSchema(2090, "twee weken", 7, 5))
                .isInstanceOfSatisfying(OngeldigeInvoer.class, fout -> assertThat(fout.fouten().get("dagenVoor"))
                        .isEqualTo("Vul hele dagen in, gescheiden door komma's, bijvoorbeeld 14, 3."));
        assertThatThrownBy(() -> service.wijzigSchema(2090, "3, 3", null, 5))
                .isInstanceOfSatisfying(OngeldigeInvoer.class, fout -> assertThat(fout.fouten()).containsOnlyKeys(
                        "dagenVoor", "herhaalDagen"));
        assertThat(service.schema(2090).dagenVoor()).isEqualTo("14, 3");
    }

    @Test
    void theLastReminderPerOrganisationIsOnlyShownWithinTheCallersScope() {
        Ronde ronde = opzet.ronde(2089, 2);
        Gemeente andere = gegevens.gemeente();
        var vreemd = opzet.organisatie(andere);
        String andereAgendahouder = gegevens.agendahouder(andere);
        gegevens.logIn(andereAgendahouder);
        rondes.openRonde(2089, ronde.opent(), ronde.deadline());
        verzender.verstuur(ronde.deadline().minusDays(3));

        gegevens.logIn(ronde.agendahouder());
        var laatste = service.laatsteHerinneringen(2089);

        assertThat(laatste).containsOnlyKeys(ronde.deelnemers().get(0).organisatie().getId(),
                ronde.deelnemers().get(1).organisatie().getId());
        assertThat(laatste).doesNotContainKey(vreemd.getId());
        gegevens.logIn(gegevens.regionaal(Rol.ACCOUNTMANAGER));
        assertThat(service.laatsteHerinneringen(2089)).containsKey(vreemd.getId()).hasSize(3);
        gegevens.logIn(gegevens.respondent());
        assertThatThrownBy(() -> service.laatsteHerinneringen(2089)).isInstanceOf(AccessDeniedException.class);
    }
}
