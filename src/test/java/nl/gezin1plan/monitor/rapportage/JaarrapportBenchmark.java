package nl.gezin1plan.monitor.rapportage;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.function.Supplier;
import javax.sql.DataSource;
import nl.gezin1plan.monitor.PostgresTest;
import nl.gezin1plan.monitor.TestGegevens;
import nl.gezin1plan.monitor.checklist.ChecklistEigenaar;
import nl.gezin1plan.monitor.checklist.ChecklistService;
import nl.gezin1plan.monitor.jaarrapport.RapportPdf;
import nl.gezin1plan.monitor.jaarrapport.JaarrapportService;
import nl.gezin1plan.monitor.jaarrapport.OrganisatierapportService;
import nl.gezin1plan.monitor.organisatie.Gemeente;
import nl.gezin1plan.monitor.uitvraag.StandVastlegging;
import nl.gezin1plan.monitor.uitvraag.UitvraagFilter;
import nl.gezin1plan.monitor.uitvraag.UitvraagRondeService;
import nl.gezin1plan.monitor.uitvraag.UitvraagStandService;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Benchmark, not a test (issue 14: under 3 s for 500 organisations). A gemeente with 500 organisations, two years of
 * answers, its checklist and three afdelingen; prints the time to gather and render its jaarrapport as the
 * agendahouder (first run, median and p95 of 10), and the same for one of its organisations' reports. Lives here for {@link GrootBestand}. Run with
 * {@code ./mvnw test -Dtest=JaarrapportBenchmark -Dsurefire.failIfNoSpecifiedTests=false}.
 */
@PostgresTest
class JaarrapportBenchmark {

    private static final int ORGANISATIES = 500;
    private static final int JAAR = 2071;
    private static final int KEER = 10;

    @Autowired
    TestGegevens gegevens;
    @Autowired
    UitvraagRondeService rondes;
    @Autowired
    UitvraagStandService uitvraagStanden;
    @Autowired
    StandVastlegging vastlegging;
    @Autowired
    ChecklistService checklists;
    @Autowired
    JaarrapportService rapporten;
    @Autowired
    RapportPdf pdf;
    @Autowired
    OrganisatierapportService organisatierapporten;
    @Autowired
    DataSource dataSource;

    @Test
    void figures() throws Exception {
        Gemeente gemeente = gegevens.gemeente();
        String prefix = "Jaarrapport " + gemeente.getId();
        GrootBestand.organisaties(dataSource, gemeente.getId(), prefix, ORGANISATIES);
        for (int i = 0; i < 3; i++) {
            gegevens.afdeling(gemeente);
        }
        gegevens.logIn(gegevens.agendahouder(gemeente));
        for (int jaar = JAAR - 1; jaar <= JAAR; jaar++) {
            rondes.openRonde(jaar, LocalDate.of(jaar, 9, 1), LocalDate.of(jaar, 10, 31));
            GrootBestand.antwoorden(dataSource, jaar, prefix, rondes.inhoud(jaar).orElseThrow(), jaar);
        }
        vastlegging.vulOntbrekende();
        checklists.start(ChecklistEigenaar.gemeente(gemeente.getId()), JAAR);

        meet("JAARRAPPORT-BENCHMARK " + ORGANISATIES + " organisaties", () -> pdf.pdf(rapporten.jaarrapport(null, JAAR)));
        // One organisation's report: two years of answers, its keurmerk and its history.
        long organisatie = uitvraagStanden.standen(JAAR, UitvraagFilter.ALLES, 0, 1).getFirst().organisatieId();
        meet("ORGANISATIERAPPORT-BENCHMARK 1 organisatie",
                () -> pdf.pdf(organisatierapporten.organisatierapport(organisatie, JAAR).orElseThrow()));
        gegevens.logUit();
    }

    /** Gathers and renders a report {@link #KEER} times and prints the first, median and p95 time. */
    private static void meet(String wat, Supplier<byte[]> rapport) throws Exception {
        long[] tijden = new long[KEER];
        byte[] bestand = null;
        for (int i = 0; i < KEER; i++) {
            long start = System.nanoTime();
            bestand = rapport.get();
            tijden[i] = System.nanoTime() - start;
        }
        long eerste = tijden[0];
        Arrays.sort(tijden);
        try (PDDocument document = Loader.loadPDF(bestand)) {
            System.out.printf("%s, %d pagina's, %d kB: eerste keer %d ms, mediaan %d ms, p95 %d ms (%d keer)%n", wat,
                    document.getNumberOfPages(), bestand.length / 1024, eerste / 1_000_000,
                    tijden[KEER / 2] / 1_000_000, tijden[(int) Math.ceil(KEER * 0.95) - 1] / 1_000_000, KEER);
        }
    }
}
