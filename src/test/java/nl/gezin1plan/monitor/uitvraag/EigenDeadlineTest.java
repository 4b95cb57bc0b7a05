package nl.gezin1plan.monitor.uitvraag;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import nl.gezin1plan.monitor.PostgresTest;
import nl.gezin1plan.monitor.TestGegevens;
import nl.gezin1plan.monitor.audit.AuditFilter;
import nl.gezin1plan.monitor.audit.AuditRegel;
import nl.gezin1plan.monitor.audit.AuditService;
import nl.gezin1plan.monitor.audit.AuditSoort;
import nl.gezin1plan.monitor.base.OngeldigeInvoer;
import nl.gezin1plan.monitor.organisatie.Gemeente;
import nl.gezin1plan.monitor.organisatie.Organisatie;
import nl.gezin1plan.monitor.organisatie.Rol;
import nl.gezin1plan.monitor.rapportage.OrganisatieVoortgangRegel;
import nl.gezin1plan.monitor.rapportage.OrganisatieVoortgangService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

@PostgresTest
class EigenDeadlineTest {

    @Autowired
    UitvraagService uitvragen;
    @Autowired
    UitvraagRondeService rondes;
    @Autowired
    UitvraagStandService uitvraagStanden;
    @Autowired
    OrganisatieVoortgangService voortgang;
    @Autowired
    AuditService audit;
    @Autowired
    TestGegevens gegevens;
    @Autowired
    Clock clock;

    LocalDate vandaag;

    @AfterEach
    void logUit() {
        gegevens.logUit();
    }

    /** A round of {@code jaar} whose deadline passed ten days ago, and an organisation of another gemeente added today. */
    private record LaatToegevoegd(String agendahouder, Organisatie organisatie, String respondent, long uitvraagId,
                                  RondeOpening opening) {
    }

    private LaatToegevoegd laatToegevoegd(int jaar) {
        vandaag = LocalDate.now(clock);
        Gemeente eerste = gegevens.gemeente();
        gegevens.organisatie(false, eerste);
        gegevens.logIn(gegevens.agendahouder(eerste));
        rondes.openRonde(jaar, vandaag.minusDays(60), vandaag.minusDays(10));

        Gemeente later = gegevens.gemeente();
        String agendahouder = gegevens.agendahouder(later);
        Organisatie organisatie = gegevens.organisatie(false, later);
        String respondent = gegevens.respondent(organisatie);
        gegevens.logIn(agendahouder);
        RondeOpening opening = rondes.openRonde(jaar, vandaag.minusDays(60), vandaag.minusDays(10));
        gegevens.logIn(respondent);
        long id = uitvragen.mijnUitvraag(jaar).orElseThrow().id();
        gegevens.logIn(agendahouder);
        return new LaatToegevoegd(agendahouder, organisatie, respondent, id, opening);
    }

    private OrganisatieVoortgangRegel regel(int jaar, Organisatie organisatie) {
        return voortgang.regels(jaar, new UitvraagFilter(organisatie.getNaam(), null), 0, 10).getFirst();
    }

    @Test
    void anOrganisationAddedAfterTheDeadlineGetsFourWeeksOfItsOwnAndIsNotLateThatDay() {
        LaatToegevoegd laat = laatToegevoegd(2071);
        LocalDate eigen = vandaag.plusDays(28);

        assertThat(laat.opening().nieuw()).isEqualTo(1);
        assertThat(laat.opening().eigenDeadline()).isEqualTo(eigen);
        UitvraagWeergave detail = uitvragen.open(laat.uitvraagId());
        assertThat(detail.deadline()).isEqualTo(eigen);
        assertThat(detail.rondeDeadline()).isEqualTo(vandaag.minusDays(10));
        assertThat(detail.heeftEigenDeadline()).isTrue();
        assertThat(regel(2071, laat.organisatie()).teLaat()).isFalse();
        List<OrganisatieVoortgangRegel> geexporteerd = new ArrayList<>();
        voortgang.exporteer(2071, new UitvraagFilter(laat.organisatie().getNaam(), null), geexporteerd::add);
        assertThat(geexporteerd).singleElement().extracting(OrganisatieVoortgangRegel::teLaat).isEqualTo(false);

        gegevens.logIn(laat.respondent());
        assertThat(uitvragen.mijnUitvraag(2071).orElseThrow().deadline()).isEqualTo(eigen);
    }

    @Test
    void theOrganisationsThatWereThereWhenTheRoundOpenedKeepTheRoundsDeadlineAndAreLate() {
        laatToegevoegd(2072);

        gegevens.logIn(gegevens.regionaal(Rol.BEHEERDER));
        List<UitvraagStand> standen = uitvraagStanden.standen(2072);

        assertThat(standen).hasSize(2);
        assertThat(standen).filteredOn(s -> s.deadline().equals(vandaag.minusDays(10))).singleElement()
                .satisfies(s -> assertThat(s.isTeLaat(vandaag)).isTrue());
    }

    @Test
    void aLateOrganisationIsLateOnceItsOwnDeadlineHasPassed() {
        LaatToegevoegd laat = laatToegevoegd(2073);

        UitvraagStand stand = uitvraagStanden.standen(2073).getFirst();

        assertThat(stand.deadline()).isEqualTo(vandaag.plusDays(28));
        assertThat(stand.isTeLaat(vandaag.plusDays(28))).isFalse();
        assertThat(stand.isTeLaat(vandaag.plusDays(29))).isTrue();
        assertThat(stand.uitvraagId()).isEqualTo(laat.uitvraagId());
    }

    @Test
    void anOrganisationAddedWhileTheRoundHasTimeEnoughLeftKeepsTheRoundsDeadline() {
        LocalDate ruim = LocalDate.now(clock).plusDays(60);
        Gemeente eerste = gegevens.gemeente();
        gegevens.logIn(gegevens.agendahouder(eerste));
        rondes.openRonde(2074, LocalDate.now(clock), ruim);
        Gemeente later = gegevens.gemeente();
        gegevens.organisatie(false, later);
        gegevens.logIn(gegevens.agendahouder(later));

        RondeOpening opening = rondes.openRonde(2074, LocalDate.now(clock), ruim);

        assertThat(opening.nieuw()).isEqualTo(1);
        assertThat(opening.eigenDeadline()).isNull();
        assertThat(uitvraagStanden.standen(2074)).singleElement().extracting(UitvraagStand::deadline).isEqualTo(ruim);
    }

    @Test
    void extendingWithAReasonMovesTheDeadlineAndIsKeptInTheHistoryAndTheAuditLog() {
        LaatToegevoegd laat = laatToegevoegd(2075);
        LocalDate nieuw = vandaag.plusDays(50);

        UitvraagWeergave verlengd = uitvragen.verlengDeadline(laat.uitvraagId(), nieuw, "  Nieuwe contactpersoon sinds november.  ");

        assertThat(verlengd.deadline()).isEqualTo(nieuw);
        assertThat(verlengd.gebeurtenissen()).first().satisfies(g -> {
            assertThat(g.soort()).isEqualTo(UitvraagGebeurtenis.DEADLINE_VERLENGD);
            assertThat(g.reden()).isEqualTo("Nieuwe contactpersoon sinds november.");
            assertThat(g.deadline()).isEqualTo(nieuw);
            assertThat(g.door()).isEqualTo(laat.agendahouder());
        });
        assertThat(regel(2075, laat.organisatie()).teLaat()).isFalse();
        gegevens.logIn(laat.respondent());
        assertThat(uitvragen.mijnUitvraag(2075).orElseThrow().deadline()).isEqualTo(nieuw);

        gegevens.logIn(gegevens.regionaal(Rol.BEHEERDER));
        List<AuditRegel> log = audit.zoek(new AuditFilter(AuditSoort.DEADLINE_VERLENGD, laat.agendahouder(), null, null),
                0, 10);
        assertThat(log).singleElement().extracting(AuditRegel::omschrijving).isEqualTo("Uitvraag 2075 "
                + laat.organisatie().getNaam() + ", uiterste datum "
                + nieuw.format(java.time.format.DateTimeFormatter.ofPattern("dd-MM-yyyy"))
                + ": Nieuwe contactpersoon sinds november.");
    }

    @Test
    void extendingWithoutAReasonOrToADateThatIsNotLaterIsRefusedInDutchAndChangesNothing() {
        LaatToegevoegd laat = laatToegevoegd(2076);
        LocalDate huidig = vandaag.plusDays(28);

        assertThatThrownBy(() -> uitvragen.verlengDeadline(laat.uitvraagId(), vandaag.plusDays(40), "  "))
                .isInstanceOfSatisfying(OngeldigeInvoer.class, e -> assertThat(e.fouten())
                        .containsOnlyKeys("reden").containsEntry("reden", "Geef een reden van hoogstens 2000 tekens."));
        assertThatThrownBy(() -> uitvragen.verlengDeadline(laat.uitvraagId(), vandaag.minusDays(1), "Ziekte"))
                .isInstanceOfSatisfying(OngeldigeInvoer.class, e -> assertThat(e.fouten())
                        .containsEntry("deadline", "De nieuwe uiterste datum moet na vandaag liggen."));
        assertThatThrownBy(() -> uitvragen.verlengDeadline(laat.uitvraagId(), vandaag.plusDays(10), "Ziekte"))
                .isInstanceOfSatisfying(OngeldigeInvoer.class, e -> assertThat(e.fouten()).containsEntry("deadline",
                        "De nieuwe uiterste datum moet na de huidige liggen ("
                                + huidig.format(java.time.format.DateTimeFormatter.ofPattern("dd-MM-yyyy")) + ")."));
        assertThatThrownBy(() -> uitvragen.verlengDeadline(laat.uitvraagId(), null, "Ziekte"))
                .isInstanceOfSatisfying(OngeldigeInvoer.class, e -> assertThat(e.fouten())
                        .containsEntry("deadline", "Kies de nieuwe uiterste datum (dd-mm-jjjj)."));

        UitvraagWeergave ongewijzigd = uitvragen.open(laat.uitvraagId());
        assertThat(ongewijzigd.deadline()).isEqualTo(huidig);
        assertThat(ongewijzigd.gebeurtenissen()).isEmpty();
    }

    @Test
    void anotherGemeentesAgendahouderTheAccountmanagerAndTheRespondentMayNotExtend() {
        LaatToegevoegd laat = laatToegevoegd(2077);
        LocalDate nieuw = vandaag.plusDays(50);

        for (String ander : List.of(gegevens.agendahouder(gegevens.gemeente()), gegevens.regionaal(Rol.ACCOUNTMANAGER),
                laat.respondent())) {
            gegevens.logIn(ander);
            assertThatThrownBy(() -> uitvragen.verlengDeadline(laat.uitvraagId(), nieuw, "Meer tijd"))
                    .as(ander).isInstanceOf(AccessDeniedException.class);
        }
        gegevens.logIn(gegevens.regionaal(Rol.BEHEERDER));
        assertThat(uitvragen.open(laat.uitvraagId()).deadline()).isEqualTo(vandaag.plusDays(28));
        assertThat(uitvragen.verlengDeadline(laat.uitvraagId(), nieuw, "Meer tijd").deadline()).isEqualTo(nieuw);
    }
}
