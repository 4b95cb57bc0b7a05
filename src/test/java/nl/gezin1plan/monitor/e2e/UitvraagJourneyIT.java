package nl.gezin1plan.monitor.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;

class UitvraagJourneyIT extends BrowserIT {

    @Test
    void organisationAnswersNoSeesWhyComesBackAndFindsItsAnswer() {
        logIn("org-jeugdbescherming-west", "demo");
        pagina.navigate(url("uitvraag?jaar=2026"));
        Locator waarom = pagina.locator("[data-vraag='reden_niet_volgens_richtlijn']");
        assertThat(waarom).isHidden();

        pagina.locator("vaadin-radio-group[data-vraag='werkt_volgens_richtlijn']")
                .getByRole(AriaRole.RADIO, new Locator.GetByRoleOptions().setName("Nee")).check();

        assertThat(waarom).isVisible();
        assertThat(ernstigeOvertredingen()).isEmpty();

        context.close();
        nieuweSessie();
        logIn("org-jeugdbescherming-west", "demo");
        pagina.navigate(url("uitvraag?jaar=2026"));
        assertThat(pagina.locator("vaadin-radio-group[data-vraag='werkt_volgens_richtlijn']")
                .getByRole(AriaRole.RADIO, new Locator.GetByRoleOptions().setName("Nee"))).isChecked();
        assertThat(pagina.locator("[data-vraag='reden_niet_volgens_richtlijn']")).isVisible();

        pagina.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Uitvraag indienen")).click();
        assertThat(pagina.locator(".formulier-melding")).containsText("Wat is de reden");
    }
}
