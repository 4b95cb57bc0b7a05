package nl.gezin1plan.monitor.rapportage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import nl.gezin1plan.monitor.PostgresTest;
import nl.gezin1plan.monitor.TestGegevens;
import nl.gezin1plan.monitor.audit.AuditFilter;
import nl.gezin1plan.monitor.audit.AuditRegel;
import nl.gezin1plan.monitor.audit.AuditService;
import nl.gezin1plan.monitor.audit.AuditSoort;
import nl.gezin1plan.monitor.base.OngeldigeInvoer;
import nl.gezin1plan.monitor.organisatie.Gemeente;
import nl.gezin1plan.monitor.organisatie.Rol;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

@PostgresTest
class EvaluatieServiceTest {

    @Autowired
    EvaluatieService evaluatie;
    @Autowired
    TestGegevens gegevens;
    @Autowired
    AuditService audit;

    @AfterEach
    void logUit() {
        gegevens.logUit();
    }

    @Test
    void agendahouderRecordsAPanelAndADialoogsessieForTheYear() {
        Gemeente gemeente = gegevens.gemeente();
        gegevens.logIn(gegevens.agendahouder(gemeente));

        evaluatie.legKlantpanelVast(gemeente.getId(), 2026, new KlantpanelGegevens(LocalDate.of(2026, 5, 20), 12,
                "Acht van de twaalf hadden één aanspreekpunt.", "Eén plan voor het hele gezin", "Te veel overleggen",
                "Sneller schakelen"));
        evaluatie.legDialoogsessieVast(gemeente.getId(), 2026, new DialoogsessieGegevens(LocalDate.of(2026, 11, 3),
                "Samenwerking wijkteam en jeugdhulp", "Regie bij ouderen", "Werkwijze blijft; scholing uitbreiden"));

        var stand = evaluatie.evaluatie(gemeente.getId(), 2026);
        assertThat(stand.klantpanels()).singleElement().satisfies(p -> assertThat(p.aantalDeelnemers()).isEqualTo(12));
        assertThat(stand.dialoogsessies()).singleElement().satisfies(d -> assertThat(d.aandachtspunten()).isEqualTo("Regie bij ouderen"));
        assertThat(stand.wijzigbaar()).isTrue();
        assertThat(evaluatie.evaluatie(gemeente.getId(), 2025).klantpanels()).isEmpty();
        String agendahouder = gegevens.huidige();
        gegevens.logIn(gegevens.regionaal(Rol.BEHEERDER));
        assertThat(audit.zoek(new AuditFilter(AuditSoort.EVALUATIE, agendahouder, null, null), 0, 10))
                .extracting(AuditRegel::omschrijving).containsExactly(
                        "Dialoogsessie van 03-11-2026 vastgelegd voor " + gemeente.getNaam() + " 2026",
                        "Klantpanel van 20-05-2026 vastgelegd voor " + gemeente.getNaam() + " 2026");
    }

    @Test
    void emptyOrImpossibleInputIsRefused() {
        Gemeente gemeente = gegevens.gemeente();
        gegevens.logIn(gegevens.agendahouder(gemeente));

        assertThatThrownBy(() -> evaluatie.legKlantpanelVast(gemeente.getId(), 2026,
                new KlantpanelGegevens(null, 0, " ", null, null, null)))
                .isInstanceOfSatisfying(OngeldigeInvoer.class, e -> assertThat(e.fouten())
                        .containsOnlyKeys("datum", "aantalDeelnemers", "eenAanspreekpunt"));
        assertThat(evaluatie.evaluatie(gemeente.getId(), 2026).klantpanels()).isEmpty();
    }

    @Test
    void anotherGemeenteIsOutOfReachAndAccountmanagersOnlyRead() {
        Gemeente eigen = gegevens.gemeente();
        Gemeente andere = gegevens.gemeente();
        gegevens.logIn(gegevens.agendahouder(eigen));

        assertThatThrownBy(() -> evaluatie.evaluatie(andere.getId(), 2026)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> evaluatie.legDialoogsessieVast(andere.getId(), 2026,
                new DialoogsessieGegevens(LocalDate.of(2026, 1, 1), "x", null, null))).isInstanceOf(AccessDeniedException.class);
        gegevens.logIn(gegevens.regionaal(Rol.ACCOUNTMANAGER));
        assertThat(evaluatie.evaluatie(andere.getId(), 2026).wijzigbaar()).isFalse();
        assertThatThrownBy(() -> evaluatie.legDialoogsessieVast(andere.getId(), 2026,
                new DialoogsessieGegevens(LocalDate.of(2026, 1, 1), "x", null, null))).isInstanceOf(AccessDeniedException.class);
    }
}
