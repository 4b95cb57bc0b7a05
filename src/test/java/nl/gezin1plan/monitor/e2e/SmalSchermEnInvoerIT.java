package nl.gezin1plan.monitor.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Dutch input as Dutch people type it, on a phone-sized screen: at 320 CSS pixels wide (what 1280 pixels are at 400%
 * zoom, WCAG 1.4.10) no page scrolls sideways, and nothing is cut off.
 */
class SmalSchermEnInvoerIT extends BrowserIT {

    @BeforeEach
    void smalScherm() {
        pagina.setViewportSize(320, 640);
    }

    @Test
    void theRespondentTypesADecimalCommaAndAnImpossibleDateOnA320PixelScreen() {
        logIn("organisatie", "demo");
        pagina.navigate(url("uitvraag?jaar=2026"));
        assertThat(pagina.locator("main h1")).containsText("Uitvraag 2026");
        kies("implementatieplan", "Ja");
        Locator percentage = pagina.locator("[data-vraag='percentage_geschoold'] input");

        percentage.fill("62,5");
        percentage.press("Tab");
        wachtOpServer();

        assertThat(pagina.locator("[data-vraag='percentage_geschoold']")).not().hasAttribute("invalid", "");
        Locator datum = pagina.locator("vaadin-date-picker[data-vraag='laatste_evaluatie']");
        datum.locator("input").fill("31-02-2026");
        datum.locator("input").press("Enter");
        assertThat(datum).containsText("31-02-2026 bestaat niet: februari 2026 heeft 28 dagen.");
        assertThat(datum).hasAttribute("invalid", "");
        geenZijwaartsScrollen("uitvraag");

        pagina.reload();
        assertThat(pagina.locator("[data-vraag='percentage_geschoold'] input")).hasValue("62,5");
        geenZijwaartsScrollen("uitvraag na herladen");
        assertThat(ernstigeOvertredingen()).as("uitvraag op 320 pixels").isEmpty();
    }

    @Test
    void theChecklistAndTheDashboardFitA320PixelScreen() {
        logIn("agendahouder", "demo");
        pagina.navigate(url("dashboard"));
        assertThat(pagina.locator("main h1")).isVisible();
        wachtOpServer();
        geenZijwaartsScrollen("dashboard");

        pagina.navigate(url("checklist/gemeente/1?jaar=2026"));
        Locator verantwoordelijke = pagina.locator("vaadin-grid-cell-content")
                .filter(new Locator.FilterOptions().setHasText("Verantwoordelijke")).first();
        assertThat(verantwoordelijke).isVisible();
        geenZijwaartsScrollen("checklist");
        assertThat((Boolean) verantwoordelijke.evaluate("e => e.scrollWidth <= e.clientWidth"))
                .as("the header 'Verantwoordelijke' is shown whole").isTrue();
    }

    /**
     * The page itself never scrolls sideways, nor does the application's content area inside it, and nothing sticks
     * out to the right; a data grid may scroll inside itself (WCAG 1.4.10 allows that for data tables).
     */
    private void geenZijwaartsScrollen(String waar) {
        assertThat((Boolean) pagina.evaluate("() => document.documentElement.scrollWidth <= window.innerWidth"))
                .as("%s: the page scrolls sideways", waar).isTrue();
        Object teBreed = pagina.evaluate("""
                () => [...document.querySelectorAll('body *')]
                    .filter(e => !e.closest('vaadin-grid, vaadin-dev-tools, copilot-main, vaadin-notification-container, '
                        + 'vaadin-date-picker-overlay-content'))
                    .filter(e => e.checkVisibility() && e.getBoundingClientRect().right > window.innerWidth + 1)
                    .map(e => e.parentElement.tagName.toLowerCase() + '>' + e.tagName.toLowerCase() + '.' + e.className
                        + ' "' + e.textContent.slice(0, 40) + '" ' + Math.round(e.getBoundingClientRect().right))""");
        assertThat((java.util.List<?>) teBreed).as("%s: sticks out to the right at %s px", waar,
                pagina.viewportSize().width).isEmpty();
    }

    private void kies(String vraag, String antwoord) {
        pagina.locator("vaadin-radio-group[data-vraag='" + vraag + "']")
                .getByRole(AriaRole.RADIO, new Locator.GetByRoleOptions().setName(antwoord)).check();
        wachtOpServer();
    }
}
