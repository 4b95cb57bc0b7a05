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
class AccountgesprekServiceTest {

    @Autowired
    AccountgesprekService gesprekken;
    @Autowired
    DashboardService dashboards;
    @Autowired
    TestGegevens gegevens;
    @Autowired
    AuditService audit;

    @AfterEach
    void logUit() {
        gegevens.logUit();
    }

    @Test
    void aFollowUpPastItsDateShowsOnTheDashboardUntilItIsDone() {
        Gemeente gemeente = gegevens.gemeente();
        var organisatie = gegevens.organisatie(false, gemeente);
        gegevens.logIn(gegevens.regionaal(Rol.ACCOUNTMANAGER));

        AccountgesprekRegel gesprek = gesprekken.leg(organisatie.getId(), new AccountgesprekGegevens(LocalDate.of(2026, 3, 1),
                "Accountmanager en directie", "Plan loopt", "Samenwerking", "Verloop", "Scholingsplan sturen", "Directie",
                LocalDate.of(2026, 4, 1)));

        assertThat(gesprekken.vanOrganisatie(organisatie.getId())).containsExactly(gesprek);
        assertThat(gesprekken.verlopenVervolgacties()).extracting(AccountgesprekRegel::id).contains(gesprek.id());
        assertThat(dashboards.dashboard(2026).verlopenVervolgacties()).extracting(AccountgesprekRegel::id).contains(gesprek.id());
        gesprekken.rondVervolgAf(gesprek.id());
        assertThat(gesprekken.verlopenVervolgacties()).extracting(AccountgesprekRegel::id).doesNotContain(gesprek.id());
        String accountmanager = gegevens.huidige();
        gegevens.logIn(gegevens.regionaal(Rol.BEHEERDER));
        assertThat(audit.zoek(new AuditFilter(AuditSoort.ACCOUNTGESPREK, accountmanager, null, null), 0, 10))
                .extracting(AuditRegel::omschrijving).containsExactly(
                        "Vervolgactie van het accountgesprek van 01-03-2026 met " + organisatie.getNaam() + " afgerond",
                        "Accountgesprek van 01-03-2026 met " + organisatie.getNaam() + " vastgelegd");
    }

    @Test
    void aFollowUpNeedsAnOwnerAndADateAndTheDateOfTheTalkIsRequired() {
        var organisatie = gegevens.organisatie(false, gegevens.gemeente());
        gegevens.logIn(gegevens.regionaal(Rol.ACCOUNTMANAGER));

        assertThatThrownBy(() -> gesprekken.leg(organisatie.getId(), new AccountgesprekGegevens(null, " ", null, null,
                null, "Iets doen", null, null)))
                .isInstanceOfSatisfying(OngeldigeInvoer.class, e -> assertThat(e.fouten())
                        .containsOnlyKeys("datum", "deelnemers", "vervolgactie"));
        assertThat(gesprekken.vanOrganisatie(organisatie.getId())).isEmpty();
    }

    @Test
    void anAgendahouderOnlyReachesTheOrganisationsOfTheirGemeente() {
        Gemeente eigen = gegevens.gemeente();
        var vreemd = gegevens.organisatie(false, gegevens.gemeente());
        var eigenOrganisatie = gegevens.organisatie(false, eigen);
        gegevens.logIn(gegevens.agendahouder(eigen));

        assertThat(gesprekken.vanOrganisatie(eigenOrganisatie.getId())).isEmpty();
        assertThatThrownBy(() -> gesprekken.vanOrganisatie(vreemd.getId())).isInstanceOf(AccessDeniedException.class);
        gegevens.logIn(gegevens.respondent(eigenOrganisatie));
        assertThatThrownBy(() -> gesprekken.vanOrganisatie(eigenOrganisatie.getId())).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void dashboardOfTheAgendahouderShowsTheirGemeenteAndTheRegionSeesAllGemeenten() {
        Gemeente gemeente = gegevens.gemeente();
        gegevens.logIn(gegevens.agendahouder(gemeente));

        Dashboard eigen = dashboards.dashboard(2026);

        assertThat(eigen.gemeente().gemeenteNaam()).isEqualTo(gemeente.getNaam());
        assertThat(eigen.gemeenten()).singleElement().satisfies(g -> assertThat(g.naam()).isEqualTo(gemeente.getNaam()));
        assertThat(eigen.keurmerkPerJaar()).containsOnlyKeys(2022, 2023, 2024, 2025, 2026);
        assertThat(eigen.keurmerkPerJaar().values()).as("a gemeente without organisations has no data, not zeros")
                .containsOnlyNulls();
        gegevens.logIn("accountmanager");
        Dashboard regio = dashboards.dashboard(2026);
        assertThat(regio.gemeente()).isNull();
        assertThat(regio.gemeenten()).extracting(g -> g.naam()).contains("Leiden", "Gouda", "Katwijk");
        assertThat(regio.gemeenten()).filteredOn(g -> g.naam().equals("Katwijk")).singleElement()
                .satisfies(g -> assertThat(g.zonderAgendahouder()).isTrue());
        assertThat(regio.organisaties()).isPositive();
        gegevens.logIn("organisatie");
        assertThatThrownBy(() -> dashboards.dashboard(2026)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aGemeenteSeesItsOwnAndTheRegionsAccountgesprekkenButNeverThoseAnotherGemeenteRecorded() {
        Gemeente eerste = gegevens.gemeente();
        Gemeente tweede = gegevens.gemeente();
        var organisatie = gegevens.organisatie(false, eerste, tweede);
        gegevens.logIn(gegevens.agendahouder(eerste));
        AccountgesprekRegel vanEerste = gesprekken.leg(organisatie.getId(), gesprek("Alleen voor de eerste gemeente"));
        gegevens.logIn(gegevens.regionaal(Rol.ACCOUNTMANAGER));
        AccountgesprekRegel vanRegio = gesprekken.leg(organisatie.getId(), gesprek("Regionaal gesprek"));

        gegevens.logIn(gegevens.agendahouder(tweede));
        assertThat(gesprekken.vanOrganisatie(organisatie.getId())).containsExactly(vanRegio);
        assertThat(gesprekken.alle()).extracting(AccountgesprekRegel::id).contains(vanRegio.id())
                .doesNotContain(vanEerste.id());
        assertThat(gesprekken.verlopenVervolgacties()).extracting(AccountgesprekRegel::id)
                .doesNotContain(vanEerste.id());
        assertThatThrownBy(() -> gesprekken.rondVervolgAf(vanEerste.id())).isInstanceOf(AccessDeniedException.class);

        gegevens.logIn(gegevens.agendahouder(eerste));
        assertThat(gesprekken.vanOrganisatie(organisatie.getId())).extracting(AccountgesprekRegel::id)
                .containsExactlyInAnyOrder(vanEerste.id(), vanRegio.id());
        gegevens.logIn(gegevens.regionaal(Rol.ACCOUNTMANAGER));
        assertThat(gesprekken.vanOrganisatie(organisatie.getId())).hasSize(2);
    }

    private static AccountgesprekGegevens gesprek(String voortgang) {
        return new AccountgesprekGegevens(LocalDate.of(2026, 3, 1), "Directie", voortgang, null, null, "Nabellen",
                "Directie", LocalDate.of(2026, 4, 1));
    }
}
