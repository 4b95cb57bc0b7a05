package nl.gezin1plan.monitor.export;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import nl.gezin1plan.monitor.uitvraag.UitvraagFilter;
import nl.gezin1plan.monitor.uitvraag.UitvraagStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /export/voortgang.csv?jaar=YYYY[&zoek=..][&status=..]}: one row per organisation, streamed in blocks,
 * with the same filters as the report.
 */
@RestController
class OrganisatieVoortgangExportController {

    private final OrganisatieVoortgangCsv csv;

    OrganisatieVoortgangExportController(OrganisatieVoortgangCsv csv) {
        this.csv = csv;
    }

    @GetMapping("/export/voortgang.csv")
    void voortgang(@RequestParam int jaar, @RequestParam(required = false) String zoek,
                   @RequestParam(required = false) UitvraagStatus status, HttpServletResponse response) throws IOException {
        CsvBestand.alsBijlage(response, "voortgang-" + jaar + ".csv");
        csv.schrijf(jaar, new UitvraagFilter(zoek, status), response.getOutputStream());
    }
}
