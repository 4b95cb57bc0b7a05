package nl.gezin1plan.monitor.export;

import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import nl.gezin1plan.monitor.keurmerk.KeurmerkCriteria;
import nl.gezin1plan.monitor.keurmerk.KeurmerkCriterium;
import nl.gezin1plan.monitor.rapportage.OrganisatieVoortgangRegel;
import nl.gezin1plan.monitor.rapportage.OrganisatieVoortgangService;
import nl.gezin1plan.monitor.uitvraag.Kerncijfer;
import nl.gezin1plan.monitor.uitvraag.UitvraagFilter;
import nl.gezin1plan.monitor.uitvraag.UitvraagInhoud;
import org.springframework.stereotype.Component;

/**
 * Writes the progress export: one row per organisation in the caller's scope, with the columns of the report,
 * each row written as it is read from the database. Every export goes into the audit log.
 */
@Component
public class OrganisatieVoortgangCsv {

    private final OrganisatieVoortgangService voortgang;
    private final ExportAudit audit;

    OrganisatieVoortgangCsv(OrganisatieVoortgangService voortgang, ExportAudit audit) {
        this.voortgang = voortgang;
        this.audit = audit;
    }

    public void schrijf(int jaar, UitvraagFilter filter, OutputStream uit) {
        UitvraagInhoud inhoud = voortgang.inhoud(jaar).orElse(null);
        List<KeurmerkCriterium> criteria = inhoud == null ? List.of() : KeurmerkCriteria.van(inhoud);
        List<Kerncijfer> kerncijfers = inhoud == null ? List.of() : inhoud.kerncijfers();
        List<String> kolommen = new ArrayList<>(List.of("organisatie", "kvk", "jaar", "status_uitvraag", "ingediend_op",
                "beantwoord_procent"));
        criteria.forEach(c -> kolommen.add("criterium_" + c.sleutel()));
        kolommen.add("keurmerk");
        kerncijfers.forEach(k -> kolommen.add(k.kolom()));
        kolommen.addAll(List.of("keurmerk_vorig_jaar", "verandering"));
        // Not closed on failure: a refusal must reach the caller before anything is flushed to the client.
        CsvBestand csv = CsvBestand.schrijf(uit, kolommen.toArray(String[]::new));
        String filters = "jaar " + jaar + (filter.zoek() == null ? "" : ", zoek '" + filter.zoek() + "'")
                + (filter.status() == null ? "" : ", status " + filter.status().label());
        audit.schrijf("voortgang.csv", filters, csv, () -> voortgang.exporteer(jaar, filter, regel -> csv.regel(cellen(regel, criteria, kerncijfers))));
        csv.close();
    }

    private static Object[] cellen(OrganisatieVoortgangRegel regel, List<KeurmerkCriterium> criteria, List<Kerncijfer> kerncijfers) {
        List<Object> cellen = new ArrayList<>(Arrays.asList(regel.organisatie(), regel.kvkNummer(), regel.jaar(),
                regel.status().label(), regel.ingediendOp(), regel.procentBeantwoord()));
        criteria.forEach(c -> cellen.add(regel.keurmerk().criterium(c.sleutel()).uitkomst().label()));
        cellen.add(regel.keurmerk().totaal().label());
        kerncijfers.forEach(k -> cellen.add(regel.kerncijfers().get(k.kolom())));
        cellen.add(regel.vorigJaar() == null ? null : regel.vorigJaar().keurmerk().label());
        cellen.add(regel.verandering());
        return cellen.toArray();
    }
}
