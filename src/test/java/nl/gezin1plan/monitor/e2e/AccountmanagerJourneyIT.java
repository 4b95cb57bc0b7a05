package nl.gezin1plan.monitor.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Download;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class AccountmanagerJourneyIT extends BrowserIT {

    @Test
    void accountmanagerDownloadsTheProgressCsvFromTheReport() throws Exception {
        logIn("accountmanager", "demo");
        pagina.navigate(url("rapportage/voortgang?jaar=2026"));
        pagina.locator("vaadin-grid").waitFor();

        Download download = pagina.waitForDownload(() -> pagina.getByText("Download CSV").click());

        String csv = Files.readString(download.path(), StandardCharsets.UTF_8);
        assertThat(csv).startsWith("\uFEFForganisatie;kvk;jaar;status_uitvraag;ingediend_op;");
        assertThat(csv.lines().count()).isEqualTo(8);
        assertThat(csv).contains("GGZ Oude Rijn (demo);34567890;2026;Ingediend;");
    }

    @Test
    void moreViewsHaveNoSeriousAccessibilityViolations() {
        List<String> gevonden = new ArrayList<>();
        controleer(gevonden, "accountmanager", "dashboard?jaar=2026", "rapportage/voortgang?jaar=2026", "evaluatie",
                "organisatie/2", "gemeente?jaar=2026");
        controleer(gevonden, "organisatie", "uitvraag?jaar=2026", "keurmerk?jaar=2026");
        controleer(gevonden, "beheerder", "beheer", "organisaties", "beheer/audit");
        assertThat(gevonden).isEmpty();
    }

    /** Logs in as this user in a fresh session and collects the serious violations of each page. */
    private void controleer(List<String> gevonden, String gebruiker, String... paden) {
        context.close();
        nieuweSessie();
        logIn(gebruiker, "demo");
        for (String pad : paden) {
            pagina.navigate(url(pad));
            pagina.locator("main h1").first().waitFor();
            pagina.waitForTimeout(500);
            ernstigeOvertredingen().forEach(o -> gevonden.add(pad + " → " + o));
        }
    }
}
