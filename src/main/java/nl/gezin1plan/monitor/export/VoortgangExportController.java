package nl.gezin1plan.monitor.export;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import nl.gezin1plan.monitor.rapportage.VoortgangRegel;
import nl.gezin1plan.monitor.rapportage.VoortgangService;
import nl.gezin1plan.monitor.uitvraag.Kerncijfer;
import nl.gezin1plan.monitor.uitvraag.KeurmerkCriterium;
import nl.gezin1plan.monitor.uitvraag.UitvraagFilter;
import nl.gezin1plan.monitor.uitvraag.UitvraagInhoud;
import nl.gezin1plan.monitor.uitvraag.UitvraagStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /export/voortgang.csv?jaar=YYYY[&zoek=..][&status=..]}: one row per organisation, streamed in blocks,
 * with the same filters as the report.
 */
@RestController
class VoortgangExportController {

    private static final ZoneId TIJDZONE = ZoneId.of("Europe/Amsterdam");

    private final VoortgangService voortgang;
    private final ExportAudit audit;

    VoortgangExportController(VoortgangService voortgang, ExportAudit audit) {
        this.voortgang = voortgang;
        this.audit = audit;
    }

    @GetMapping("/export/voortgang.csv")
    void voortgang(@RequestParam int jaar, @RequestParam(required = false) String zoek,
                   @RequestParam(required = false) UitvraagStatus status, HttpServletResponse response) throws IOException {
        UitvraagInhoud inhoud = voortgang.inhoud(jaar).orElse(null);
        List<KeurmerkCriterium> criteria = inhoud == null ? List.of() : inhoud.keurmerk();
        List<Kerncijfer> kerncijfers = inhoud == null ? List.of() : inhoud.kerncijfers();
        List<String> kolommen = new ArrayList<>(List.of("organisatie", "kvk", "jaar", "status_uitvraag", "ingediend_op",
                "beantwoord_procent"));
        criteria.forEach(c -> kolommen.add("criterium_" + c.sleutel()));
        kolommen.add("keurmerk");
        kerncijfers.forEach(k -> kolommen.add(k.kolom()));
        kolommen.addAll(List.of("keurmerk_vorig_jaar", "verandering"));
        CsvBestand.alsBijlage(response, "voortgang-" + jaar + ".csv");
        CsvBestand csv = CsvBestand.schrijf(response.getOutputStream(), kolommen.toArray(String[]::new));
        String wat = "voortgang.csv, jaar " + jaar + (zoek == null || zoek.isBlank() ? "" : ", zoek '" + zoek + "'")
                + (status == null ? "" : ", status " + status.label());
        audit.schrijf(wat, csv, () -> voortgang.exporteer(jaar, new UitvraagFilter(zoek, status),
                regel -> csv.regel(cellen(regel, criteria, kerncijfers))));
        csv.close();
    }

    private static Object[] cellen(VoortgangRegel regel, List<KeurmerkCriterium> criteria, List<Kerncijfer> kerncijfers) {
        List<Object> cellen = new ArrayList<>(List.of(regel.organisatie(), waarde(regel.kvkNummer()), regel.jaar(),
                regel.status().label(), regel.ingediendOp() == null ? "" : regel.ingediendOp().atZone(TIJDZONE).toLocalDate(),
                regel.procentBeantwoord()));
        criteria.forEach(c -> cellen.add(regel.keurmerk().criterium(c.sleutel()).uitkomst().label()));
        cellen.add(regel.keurmerk().totaal().label());
        kerncijfers.forEach(k -> cellen.add(waarde(regel.kerncijfers().get(k.kolom()))));
        cellen.add(regel.vorigJaar() == null ? "" : regel.vorigJaar().keurmerk().label());
        cellen.add(regel.verandering());
        return cellen.toArray();
    }

    private static String waarde(String waarde) {
        return waarde == null ? "" : waarde;
    }
}
