package nl.gezin1plan.monitor.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;

class BeheerJourneyIT extends BrowserIT {

    @Test
    void beheerderAddsAnOrganisationAndFindsItInTheRegister() {
        logIn("beheerder", "demo");
        pagina.navigate(url("organisaties"));
        assertThat(pagina.locator("main h1").first()).hasText("Organisaties");
        assertThat(pagina.locator("vaadin-upload")).containsText("Of sleep het bestand hierheen");
        assertThat(pagina.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Kies een bestand…"))).isVisible();

        pagina.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Organisatie toevoegen")).click();
        Locator dialoog = pagina.getByRole(AriaRole.DIALOG);
        dialoog.getByLabel("Naam", new Locator.GetByLabelOptions().setExact(true)).fill("Buurtzorg Voorschoten (e2e)");
        dialoog.getByLabel("KvK-nummer").fill("87654321");
        dialoog.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Soort organisatie")).click();
        pagina.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName("Wmo-aanbieder")).click();
        dialoog.getByRole(AriaRole.COMBOBOX, new Locator.GetByRoleOptions().setName("Werkt voor gemeenten")).click();
        pagina.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName("Leiden")).click();
        dialoog.getByLabel("Naam contactpersoon").fill("Joke Visser");
        dialoog.getByLabel("E-mailadres contactpersoon").fill("joke.visser@example.nl");
        assertThat(ernstigeOvertredingen()).isEmpty();
        dialoog.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Opslaan")).click();

        assertThat(pagina.locator("vaadin-notification-card")).containsText("Buurtzorg Voorschoten (e2e)");
        Locator grid = pagina.locator("main vaadin-grid").first();
        assertThat(grid).containsText("Buurtzorg Voorschoten (e2e)");
        assertThat(grid).containsText("87654321");
        assertThat(grid).containsText("Joke Visser");
        assertThat(grid.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions()
                .setName("Bewerken Buurtzorg Voorschoten (e2e)"))).isVisible();
    }
}
