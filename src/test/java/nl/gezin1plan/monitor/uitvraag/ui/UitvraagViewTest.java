package nl.gezin1plan.monitor.uitvraag.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.router.QueryParameters;
import java.util.Map;
import nl.gezin1plan.monitor.PostgresTest;
import nl.gezin1plan.monitor.TestGegevens;
import nl.gezin1plan.monitor.keurmerk.ui.KeurmerkView;
import nl.gezin1plan.monitor.uitvraag.UitvraagFixture;
import nl.gezin1plan.monitor.uitvraag.UitvraagService;
import nl.gezin1plan.monitor.uitvraag.UitvraagStatus;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@PostgresTest
class UitvraagViewTest extends SpringBrowserlessTest {

    @Autowired
    UitvraagFixture fixture;
    @Autowired
    UitvraagService service;
    @Autowired
    TestGegevens gegevens;

    @AfterEach
    void logUit() {
        gegevens.logUit();
    }

    @Test
    void answeringNoShowsTheWhyQuestionAndTheAnswerIsSavedAtOnce() {
        var opzet = fixture.nieuw(2026, false);
        UitvraagView view = open();
        assertThat(view.velden.get("reden_niet_volgens_richtlijn").isVisible()).isFalse();

        view.velden.get("werkt_volgens_richtlijn").geefAntwoord("nee");
        view.beantwoord(view.velden.get("werkt_volgens_richtlijn").vraag, "nee");

        assertThat(view.velden.get("reden_niet_volgens_richtlijn").isVisible()).isTrue();
        assertThat(service.open(opzet.uitvraagId()).antwoorden()).containsEntry("werkt_volgens_richtlijn", "nee");
        UitvraagView opnieuw = open();
        assertThat(opnieuw.velden.get("reden_niet_volgens_richtlijn").isVisible()).isTrue();
        assertThat($(H1.class).first().getText()).startsWith("Uitvraag 2026 – Testorganisatie");
    }

    @Test
    void aWrongAnswerShowsAMessageOnTheQuestion() {
        fixture.nieuw(2026, false);
        UitvraagView view = open();
        VraagVeld percentage = view.velden.get("percentage_geschoold");

        view.beantwoord(percentage.vraag, "honderd");

        assertThat(((com.vaadin.flow.component.HasValidation) percentage.invoer).isInvalid()).isTrue();
        assertThat(((com.vaadin.flow.component.HasValidation) percentage.invoer).getErrorMessage())
                .isEqualTo("Vul een percentage in van 0 tot en met 100, zonder %-teken, bijvoorbeeld 62,5.");
    }

    @Test
    void aPercentageTypedWithADecimalCommaIsSavedAndShownWithTheCommaWhenTheUitvraagIsOpenedAgain() {
        var opzet = fixture.nieuw(2026, false);
        service.beantwoord(opzet.uitvraagId(), "implementatieplan", "ja");
        UitvraagView view = open();
        VraagVeld percentage = view.velden.get("percentage_geschoold");

        percentage.geefAntwoord("62,5");
        view.beantwoord(percentage.vraag, "62,5");

        assertThat(((com.vaadin.flow.component.HasValidation) percentage.invoer).isInvalid()).isFalse();
        assertThat(service.open(opzet.uitvraagId()).antwoorden()).containsEntry("percentage_geschoold", "62.5");
        UitvraagView opnieuw = open();
        assertThat(((com.vaadin.flow.component.textfield.TextField) opnieuw.velden.get("percentage_geschoold").invoer)
                .getValue()).isEqualTo("62,5");
    }

    @Test
    void submittingWithAMissingAnswerListsItAndSubmittingCompleteShowsTheKeurmerk() {
        var opzet = fixture.nieuw(2026, false);
        fixture.beantwoordAlles(opzet.uitvraagId(), Map.of("meldcode", "nee"));
        service.beantwoord(opzet.uitvraagId(), "scholingsplan", "");
        UitvraagView view = open();

        test(view.indienen).click();

        assertThat(view.melding.isVisible()).isTrue();
        assertThat(view.melding.getElement().getTextRecursively()).contains("Is er een scholingsplan?");
        assertThat(service.open(opzet.uitvraagId()).status()).isNotEqualTo(UitvraagStatus.INGEDIEND);

        view.beantwoord(view.velden.get("scholingsplan").vraag, "ja");
        test(view.indienen).click();
        assertThat(view.bevestiging.isOpened()).isTrue();
        assertThat(service.open(opzet.uitvraagId()).status()).as("not before the respondent confirms")
                .isNotEqualTo(UitvraagStatus.INGEDIEND);
        test(view.bevestiging).confirm();

        assertThat(getCurrentView()).isInstanceOf(KeurmerkView.class);
        assertThat(service.open(opzet.uitvraagId()).status()).isEqualTo(UitvraagStatus.INGEDIEND);
        var tabel = $(nl.gezin1plan.monitor.keurmerk.ui.KeurmerkTabel.class).single();
        assertThat(test(tabel).size()).isEqualTo(14);
        assertThat(java.util.stream.IntStream.range(0, 14).mapToObj(i -> test(tabel).getRow(i))
                .filter(c -> c.uitkomst() == nl.gezin1plan.monitor.keurmerk.Uitkomst.NIET_VOLDAAN)
                .map(c -> c.criterium().sleutel())).containsExactly("B3");
    }

    private UitvraagView open() {
        UI.getCurrent().navigate("uitvraag", QueryParameters.of("jaar", "2026"));
        return (UitvraagView) getCurrentView();
    }
}
