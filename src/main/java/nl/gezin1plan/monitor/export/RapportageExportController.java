package nl.gezin1plan.monitor.export;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import nl.gezin1plan.monitor.rapportage.AccountgesprekService;
import nl.gezin1plan.monitor.rapportage.OrganisatieVoortgangService;
import nl.gezin1plan.monitor.uitvraag.UitvraagFilter;
import nl.gezin1plan.monitor.uitvraag.UitvraagInhoud;
import nl.gezin1plan.monitor.uitvraag.Vraag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The account managers' other exports: accountgesprekken, and the uitvraag answers with a column per question. */
@RestController
class RapportageExportController {

    private final AccountgesprekService gesprekken;
    private final OrganisatieVoortgangService voortgang;
    private final ExportAudit audit;

    RapportageExportController(AccountgesprekService gesprekken, OrganisatieVoortgangService voortgang, ExportAudit audit) {
        this.gesprekken = gesprekken;
        this.voortgang = voortgang;
        this.audit = audit;
    }

    @GetMapping("/export/accountgesprekken.csv")
    void accountgesprekken(HttpServletResponse response) throws IOException {
        var alle = gesprekken.alle();
        CsvBestand.alsBijlage(response, "accountgesprekken.csv");
        try (CsvBestand csv = CsvBestand.schrijf(response.getOutputStream(), "organisatie", "datum", "deelnemers",
                "voortgang", "kansen", "belemmeringen", "vervolgactie", "vervolg_eigenaar", "vervolg_datum",
                "vervolg_afgerond", "vastgelegd_door")) {
            audit.schrijf("accountgesprekken.csv", "", csv, () -> alle.forEach(g -> csv.regel(g.organisatie(), g.datum(),
                    g.deelnemers(), g.voortgang(), g.kansen(), g.belemmeringen(), g.vervolgactie(), g.vervolgEigenaar(),
                    g.vervolgDatum(), g.vervolgAfgerond(), g.vastgelegdDoor())));
        }
    }

    @GetMapping("/export/antwoorden.csv")
    void antwoorden(@RequestParam int jaar, HttpServletResponse response) throws IOException {
        UitvraagInhoud inhoud = voortgang.inhoud(jaar).orElse(null);
        List<Vraag> vragen = inhoud == null ? List.of() : inhoud.vragen();
        List<String> kolommen = new ArrayList<>(List.of("organisatie", "kvk", "jaar", "status_uitvraag", "ingediend_op"));
        vragen.forEach(v -> kolommen.add(v.sleutel()));
        CsvBestand.alsBijlage(response, "antwoorden-" + jaar + ".csv");
        CsvBestand csv = CsvBestand.schrijf(response.getOutputStream(), kolommen.toArray(String[]::new));
        audit.schrijf("antwoorden.csv", "jaar " + jaar, csv,
                () -> voortgang.exporteerAntwoorden(jaar, UitvraagFilter.ALLES, stand -> {
                    List<Object> cellen = new ArrayList<>(Arrays.asList(stand.organisatie(), stand.kvkNummer(), jaar,
                            stand.status().label(), stand.ingediendOp()));
                    vragen.forEach(v -> cellen.add(stand.antwoorden().getOrDefault(v.sleutel(), "")));
                    csv.regel(cellen.toArray());
                }));
        csv.close();
    }

}
