package nl.gezin1plan.monitor.uitvraag;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Map;
import nl.gezin1plan.monitor.PostgresTest;
import nl.gezin1plan.monitor.TestGegevens;
import nl.gezin1plan.monitor.base.OngeldigeInvoer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@PostgresTest
class UitvraagServiceTest {

    @Autowired
    UitvraagService uitvragen;
    @Autowired
    UitvraagRondeService rondes;
    @Autowired
    UitvraagStandService uitvraagStanden;
    @Autowired
    UitvraagFixture fixture;
    @Autowired
    TestGegevens gegevens;

    @AfterEach
    void logUit() {
        gegevens.logUit();
    }

    @Test
    void answeringNoOnTheRichtlijnMakesTheWhyQuestionRequired() {
        var opzet = fixture.nieuw(2026, false);

        UitvraagWeergave uitvraag = uitvragen.beantwoord(opzet.uitvraagId(), "werkt_volgens_richtlijn", "nee");

        Vraag waarom = uitvraag.inhoud().vraag("reden_niet_volgens_richtlijn").orElseThrow();
        assertThat(uitvraag.isVanToepassing(waarom)).isTrue();
        assertThat(uitvraag.ontbrekend()).contains(waarom);
        assertThat(uitvraag.status()).isEqualTo(UitvraagStatus.CONCEPT);
        assertThat(uitvragen.beantwoord(opzet.uitvraagId(), "werkt_volgens_richtlijn", "ja").ontbrekend())
                .doesNotContain(waarom);
    }

    @Test
    void everyAnswerIsSavedAsItIsGivenAndCanBeCleared() {
        var opzet = fixture.nieuw(2026, false);
        uitvragen.beantwoord(opzet.uitvraagId(), "percentage_geschoold", "45");
        uitvragen.beantwoord(opzet.uitvraagId(), "belemmeringen_werken", "Tijd en caseload — één probleem");

        UitvraagWeergave later = uitvragen.mijnUitvraag(2026).orElseThrow();

        assertThat(later.antwoorden()).containsEntry("percentage_geschoold", "45")
                .containsEntry("belemmeringen_werken", "Tijd en caseload — één probleem");
        assertThat(uitvragen.beantwoord(opzet.uitvraagId(), "percentage_geschoold", " ").antwoorden())
                .doesNotContainKey("percentage_geschoold");
    }

    @Test
    void anAnswerThatDoesNotFitIsRefusedAndThePreviousOneKept() {
        var opzet = fixture.nieuw(2026, false);
        uitvragen.beantwoord(opzet.uitvraagId(), "percentage_geschoold", "60");

        assertThatThrownBy(() -> uitvragen.beantwoord(opzet.uitvraagId(), "percentage_geschoold", "120%"))
                .isInstanceOfSatisfying(OngeldigeInvoer.class, e -> assertThat(e.fouten())
                        .containsEntry("percentage_geschoold", "Vul een percentage in van 0 tot en met 100, zonder %-teken, bijvoorbeeld 62,5."));
        assertThatThrownBy(() -> uitvragen.beantwoord(opzet.uitvraagId(), "bestaat_niet", "ja"))
                .isInstanceOf(OngeldigeInvoer.class);
        assertThat(uitvragen.open(opzet.uitvraagId()).antwoorden()).containsEntry("percentage_geschoold", "60");
    }

    @Test
    void submittingWithARequiredAnswerMissingSaysWhichAndChangesNothing() {
        var opzet = fixture.nieuw(2026, false);
        fixture.beantwoordAlles(opzet.uitvraagId(), Map.of());
        uitvragen.beantwoord(opzet.uitvraagId(), "meldcode", "");

        assertThatThrownBy(() -> uitvragen.dienIn(opzet.uitvraagId()))
                .isInstanceOfSatisfying(OnvolledigeUitvraag.class, e -> assertThat(e.ontbrekend())
                        .extracting(Vraag::sleutel).containsExactly("meldcode"));
        assertThat(uitvragen.open(opzet.uitvraagId()).status()).isEqualTo(UitvraagStatus.CONCEPT);
    }

    @Test
    void aCompleteUitvraagIsSubmittedAndThenReadOnly() {
        var opzet = fixture.nieuw(2026, true);
        fixture.beantwoordAlles(opzet.uitvraagId(), Map.of());

        UitvraagWeergave ingediend = uitvragen.dienIn(opzet.uitvraagId());

        assertThat(ingediend.status()).isEqualTo(UitvraagStatus.INGEDIEND);
        assertThat(ingediend.ingediendOp()).isNotNull();
        assertThat(ingediend.bewerkbaar()).isFalse();
        assertThat(ingediend.gebeurtenissen()).extracting(UitvraagWeergave.Gebeurtenis::soort).containsExactly("INGEDIEND");
        assertThatThrownBy(() -> uitvragen.beantwoord(opzet.uitvraagId(), "meldcode", "nee"))
                .isInstanceOfSatisfying(OngeldigeInvoer.class, e -> assertThat(e.fouten().get("status"))
                        .contains("ingediend"));
        assertThat(uitvragen.open(opzet.uitvraagId()).antwoorden()).containsEntry("meldcode", "ja");
    }

    @Test
    void theAgendahouderReopensWithAReasonThatIsKept() {
        var opzet = fixture.ingediend(2026, false, Map.of());
        gegevens.logIn(opzet.agendahouder());

        assertThatThrownBy(() -> uitvragen.heropen(opzet.uitvraagId(), "  ")).isInstanceOf(OngeldigeInvoer.class);
        UitvraagWeergave heropend = uitvragen.heropen(opzet.uitvraagId(), "Scholingsplan ontbreekt als bijlage");

        assertThat(heropend.status()).isEqualTo(UitvraagStatus.HEROPEND);
        assertThat(heropend.gebeurtenissen().getFirst().reden()).isEqualTo("Scholingsplan ontbreekt als bijlage");
        assertThat(heropend.gebeurtenissen().getFirst().door()).isEqualTo(opzet.agendahouder());
        assertThat(heropend.gebeurtenissen().getFirst().wie()).isEqualTo("Test Agendahouder (" + opzet.agendahouder() + ")");
        gegevens.logIn(opzet.respondent());
        assertThat(uitvragen.beantwoord(opzet.uitvraagId(), "meldcode", "nee").antwoorden()).containsEntry("meldcode", "nee");
        assertThat(uitvragen.dienIn(opzet.uitvraagId()).status()).isEqualTo(UitvraagStatus.INGEDIEND);
    }

    @Test
    void nextYearStartsFromLastYearsAnswersAsAConcept() {
        var opzet = fixture.ingediend(2031, false, Map.of("percentage_geschoold", "55"));
        gegevens.logIn(opzet.agendahouder());

        RondeOpening opening = rondes.openRonde(2032, LocalDate.of(2032, 9, 1), LocalDate.of(2032, 10, 31));

        assertThat(opening.nieuw()).isEqualTo(1);
        gegevens.logIn(opzet.respondent());
        UitvraagWeergave volgend = uitvragen.mijnUitvraag(2032).orElseThrow();
        assertThat(volgend.status()).isEqualTo(UitvraagStatus.CONCEPT);
        assertThat(volgend.antwoorden()).containsEntry("percentage_geschoold", "55");
        assertThat(volgend.ontbrekend()).isEmpty();
    }

    @Test
    void anOrganisationWorkingForTwoGemeentenGetsOneUitvraag() {
        var eerste = gegevens.gemeente();
        var tweede = gegevens.gemeente();
        var organisatie = gegevens.organisatie(false, eerste, tweede);
        String respondent = gegevens.respondent(organisatie);
        gegevens.logIn(gegevens.agendahouder(eerste));
        RondeOpening doorEerste = rondes.openRonde(2033, LocalDate.of(2033, 9, 1), LocalDate.of(2033, 10, 31));
        gegevens.logIn(gegevens.agendahouder(tweede));

        RondeOpening doorTweede = rondes.openRonde(2033, LocalDate.of(2033, 9, 1), LocalDate.of(2033, 10, 31));

        assertThat(doorEerste.nieuw()).isEqualTo(1);
        assertThat(doorTweede.nieuw()).isZero();
        assertThat(doorTweede.alAanwezig()).isEqualTo(1);
        assertThat(uitvraagStanden.standen(2033)).extracting(UitvraagStand::organisatieId).containsExactly(organisatie.getId());
        gegevens.logIn(respondent);
        assertThat(uitvragen.mijnUitvraag(2033)).isPresent();
    }

    @Test
    void aDeadlineBeforeTheOpeningIsRefused() {
        gegevens.logIn(gegevens.agendahouder(gegevens.gemeente()));

        assertThatThrownBy(() -> rondes.openRonde(2034, LocalDate.of(2034, 9, 1), LocalDate.of(2034, 8, 1)))
                .isInstanceOfSatisfying(OngeldigeInvoer.class, e -> assertThat(e.fouten()).containsKey("deadline"));
        assertThat(rondes.ronde(2034)).isEmpty();
    }
}
