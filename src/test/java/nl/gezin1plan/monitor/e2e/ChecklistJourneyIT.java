package nl.gezin1plan.monitor.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;

class ChecklistJourneyIT extends BrowserIT {

    @Test
    void agendahouderEditsAChecklistItemAndSeesTheProgressMove() {
        logIn("agendahouder", "demo");
        pagina.navigate(url("checklist/gemeente/1?jaar=2026"));
        Locator voortgang = pagina.locator(".voortgang-groot span").first();
        assertThat(voortgang).containsText("Voortgang:");
        String voor = voortgang.textContent();

        pagina.locator("vaadin-button:has-text('Bewerken')").nth(20).click();
        Locator dialoog = pagina.getByRole(AriaRole.DIALOG);
        dialoog.getByLabel("Geplande actie").fill("Actie via de browser");
        dialoog.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Status")).click();
        pagina.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName("Gereed")).click();
        dialoog.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Opslaan")).click();

        assertThat(pagina.locator("vaadin-notification-card")).containsText("opgeslagen");
        assertThat(voortgang).not().hasText(voor);
    }

    @Test
    void mainViewsHaveNoSeriousAccessibilityViolations() {
        logIn("agendahouder", "demo");
        for (String pad : new String[] {"dashboard", "checklist/gemeente/1?jaar=2026", "uitvraag/ronde?jaar=2026"}) {
            pagina.navigate(url(pad));
            pagina.locator("main h1").first().waitFor();
            pagina.waitForTimeout(500);
            assertThat(ernstigeOvertredingen()).as(pad).isEmpty();
        }
        assertThat(pagina.locator("html").getAttribute("lang")).startsWith("nl");
    }
}
