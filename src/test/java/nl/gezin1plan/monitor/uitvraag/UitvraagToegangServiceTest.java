package nl.gezin1plan.monitor.uitvraag;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import nl.gezin1plan.monitor.PostgresTest;
import nl.gezin1plan.monitor.TestGegevens;
import nl.gezin1plan.monitor.keurmerk.KeurmerkService;
import nl.gezin1plan.monitor.organisatie.Rol;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/** An organisation never reaches another's uitvraag; an agendahouder only the organisations of their gemeente. */
@PostgresTest
class UitvraagToegangServiceTest {

    @Autowired
    UitvraagService uitvragen;
    @Autowired
    UitvraagRondeService rondes;
    @Autowired
    UitvraagStandService uitvraagStanden;
    @Autowired
    KeurmerkService keurmerk;
    @Autowired
    UitvraagFixture fixture;
    @Autowired
    TestGegevens gegevens;

    UitvraagFixture.Opzet eigen;
    UitvraagFixture.Opzet andere;

    @BeforeEach
    void tweeOrganisaties() {
        andere = fixture.nieuw(2026, false);
        uitvragen.beantwoord(andere.uitvraagId(), "werkt_volgens_richtlijn", "ja");
        eigen = fixture.nieuw(2026, false);
    }

    @AfterEach
    void logUit() {
        gegevens.logUit();
    }

    @Test
    void respondentCannotReadOrChangeAnotherOrganisationsUitvraagById() {
        assertThatThrownBy(() -> uitvragen.open(andere.uitvraagId())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> uitvragen.beantwoord(andere.uitvraagId(), "werkt_volgens_richtlijn", "nee"))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> uitvragen.dienIn(andere.uitvraagId())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> keurmerk.uitslag(andere.uitvraagId())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> uitvragen.heropen(eigen.uitvraagId(), "zelf")).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> rondes.openRonde(2026, LocalDate.of(2026, 9, 1), LocalDate.of(2026, 10, 31)))
                .isInstanceOf(AccessDeniedException.class);

        gegevens.logIn(andere.respondent());
        assertThat(uitvragen.open(andere.uitvraagId()).antwoorden()).containsEntry("werkt_volgens_richtlijn", "ja");
    }

    @Test
    void respondentSeesOnlyTheirOwnOrganisationInOverviews() {
        assertThat(uitvraagStanden.standen(2026)).extracting(UitvraagStand::uitvraagId).containsExactly(eigen.uitvraagId());
        assertThat(uitvragen.mijnUitvraag(2026).orElseThrow().id()).isEqualTo(eigen.uitvraagId());
    }

    @Test
    void agendahouderSeesOnlyTheOrganisationsOfTheirGemeente() {
        gegevens.logIn(eigen.agendahouder());

        assertThat(uitvraagStanden.standen(2026)).extracting(UitvraagStand::uitvraagId).containsExactly(eigen.uitvraagId());
        assertThat(uitvragen.open(eigen.uitvraagId()).bewerkbaar()).isFalse();
        assertThatThrownBy(() -> uitvragen.open(andere.uitvraagId())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> uitvragen.beantwoord(eigen.uitvraagId(), "meldcode", "ja"))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void regionWideRolesSeeEveryOrganisationButTheAccountmanagerJudgesNothing() {
        gegevens.logIn(gegevens.regionaal(Rol.ACCOUNTMANAGER));

        assertThat(uitvraagStanden.standen(2026)).extracting(UitvraagStand::uitvraagId)
                .contains(eigen.uitvraagId(), andere.uitvraagId());
        assertThat(uitvragen.open(andere.uitvraagId()).beoordeelbaar()).isFalse();
        assertThatThrownBy(() -> rondes.openRonde(2026, LocalDate.of(2026, 9, 1), LocalDate.of(2026, 10, 31)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aandachtsfunctionarisHasNoAccessToUitvragen() {
        gegevens.logIn(gegevens.aandachtsfunctionaris(gegevens.afdeling(eigen.gemeente())));

        assertThatThrownBy(() -> uitvragen.open(eigen.uitvraagId())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> uitvraagStanden.standen(2026)).isInstanceOf(AccessDeniedException.class);
    }
}
