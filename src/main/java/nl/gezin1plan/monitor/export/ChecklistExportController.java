package nl.gezin1plan.monitor.export;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import nl.gezin1plan.monitor.checklist.ChecklistExportService;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /export/checklists.csv?jaar=YYYY}: the checklists of a year within the user's scope. */
@RestController
class ChecklistExportController {

    static final String[] KOLOMMEN = {"gemeente", "afdeling", "checklist", "versie", "jaar", "thema", "nummer",
            "item", "optioneel", "keurmerk", "geplande_actie", "verantwoordelijke", "planning", "status",
            "reden_niet_van_toepassing", "notitie", "gewijzigd_door"};

    private final ChecklistExportService export;
    private final ExportAudit audit;

    ChecklistExportController(ChecklistExportService export, ExportAudit audit) {
        this.export = export;
        this.audit = audit;
    }

    @GetMapping("/export/checklists.csv")
    void checklists(@RequestParam int jaar, HttpServletResponse response) throws IOException {
        CsvBestand.alsBijlage(response, "checklists-" + jaar + ".csv");
        // Rows stream to the client as they are read. Not try-with-resources: a refusal by the service comes
        // before anything is flushed, so the client gets a clean 403 instead of a half file.
        CsvBestand csv = CsvBestand.schrijf(response.getOutputStream(), KOLOMMEN);
        audit.schrijf("checklists.csv", "jaar " + jaar, csv, () -> export.exporteer(jaar, r -> csv.regel(
                r.gemeente(), r.afdeling(), r.soort().label(), r.versie(), r.jaar(), r.item().thema(),
                r.item().nummer(), r.item().tekst(), r.item().optioneel(), r.item().keurmerk(),
                r.item().geplandeActie(), r.item().verantwoordelijke(), r.item().planning(),
                r.item().status().label(), r.item().redenNietVanToepassing(), r.item().notitie(),
                r.item().gewijzigdDoor())));
        csv.close();
    }
}
