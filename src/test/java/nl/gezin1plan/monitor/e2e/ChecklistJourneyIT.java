package nl.gezin1plan.monitor.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class ChecklistJourneyIT extends BrowserIT {

    private static final Pattern BEWERK_ITEM = Pattern.compile("^Bewerken ");

    @Test
    void agendahouderEditsAChecklistItemAndSeesTheProgressMove() {
        logIn("agendahouder", "demo");
        pagina.navigate(url("checklist/gemeente/1?jaar=2026"));
        Locator voortgang = pagina.locator(".voortgang-groot span").first();
        assertThat(voortgang).containsText("Voortgang:");
        String voor = voortgang.textContent();

        pagina.locator("vaadin-button:has-text('Bewerken')").nth(20).click();
        maakGereed("Actie via de browser");

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

    @Test
    void aandachtsfunctionarisEditsAnAfdelingItemAndSeesTheProgressMove() {
        logIn("aandachtsfunctionaris", "demo");
        assertThat(pagina.locator("main h1").first()).hasText("Checklist Sociaal wijkteam Leiden-Noord 2026");
        Locator voortgang = pagina.locator(".voortgang-groot span").first();
        assertThat(voortgang).containsText("Voortgang:");
        String voor = voortgang.textContent();
        assertThat(ernstigeOvertredingen()).as("afdelingschecklist").isEmpty();

        pagina.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Status")).click();
        pagina.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName("Niet gestart")).click();
        wachtOpServer();
        pagina.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(BEWERK_ITEM)).first().click();
        pagina.getByRole(AriaRole.DIALOG).getByLabel("Geplande actie").waitFor();
        assertThat(ernstigeOvertredingen()).as("itemdialoog").isEmpty();
        maakGereed("Werkwijze in het teamoverleg vastgesteld");

        assertThat(voortgang).not().hasText(voor);
    }

    @Test
    void keyboardUserTabsToAnItemOpensItWithEnterAndClosesItWithEscape() {
        logIn("aandachtsfunctionaris", "demo");
        pagina.locator(".voortgang-groot").first().waitFor();

        // The grid is one tab stop; inside it the arrow keys move between cells and Enter reaches the cell's button.
        String cel = "";
        for (int i = 0; i < 60 && !cel.contains("body-cell"); i++) {
            pagina.keyboard().press("Tab");
            cel = String.valueOf(pagina.evaluate("""
                    () => document.activeElement.tagName === 'VAADIN-GRID'
                            && document.activeElement.shadowRoot.activeElement
                            ? document.activeElement.shadowRoot.activeElement.getAttribute('part') : ''"""));
        }
        assertThat(cel).as("Tab reaches the items of the first theme").contains("body-cell");
        pagina.keyboard().press("End");
        pagina.keyboard().press("Enter");
        String gefocust = String.valueOf(pagina.evaluate("() => document.activeElement.getAttribute('aria-label')"));
        assertThat(gefocust).as("Enter on the last cell focuses the edit button").startsWith("Bewerken ");
        assertThat((Boolean) pagina.evaluate("() => document.activeElement.matches(':focus-visible')")).isTrue();
        assertThat((Boolean) pagina.evaluate("""
                () => { const s = getComputedStyle(document.activeElement);
                        return s.outlineStyle !== 'none' || s.boxShadow !== 'none'; }""")).as("focus ring drawn").isTrue();

        pagina.keyboard().press("Enter");
        Locator dialoog = pagina.getByRole(AriaRole.DIALOG);
        Locator opslaan = dialoog.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Opslaan"));
        assertThat(opslaan).isVisible();
        assertThat(dialoog).hasAttribute("aria-label", Pattern.compile("^Item " + gefocust.substring("Bewerken ".length()) + " "));

        pagina.keyboard().press("Escape");
        assertThat(opslaan).isHidden();
    }

    @Test
    void loginPageAndAccessibilityStatementHaveNoSeriousAccessibilityViolations() {
        pagina.navigate(url("login"));
        pagina.locator("vaadin-login-form").waitFor();
        pagina.getByLabel("Gebruikersnaam").waitFor();
        assertThat(ernstigeOvertredingen()).isEmpty();

        pagina.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Toegankelijkheid")).click();
        assertThat(pagina.locator("main h1")).hasText("Toegankelijkheidsverklaring");
        assertThat(ernstigeOvertredingen()).isEmpty();
    }

    /** In the open item dialog: plans this action, sets the item to Gereed and saves. */
    private void maakGereed(String actie) {
        Locator dialoog = pagina.getByRole(AriaRole.DIALOG);
        dialoog.getByLabel("Geplande actie").fill(actie);
        dialoog.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Status")).click();
        pagina.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName("Gereed")).click();
        dialoog.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Opslaan")).click();
        assertThat(pagina.locator("vaadin-notification-card")).containsText("opgeslagen");
    }
}
