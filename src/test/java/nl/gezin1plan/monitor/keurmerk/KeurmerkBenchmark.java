package nl.gezin1plan.monitor.keurmerk;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import javax.sql.DataSource;
import nl.gezin1plan.monitor.PostgresTest;
import nl.gezin1plan.monitor.TestGegevens;
import nl.gezin1plan.monitor.organisatie.Gemeente;
import nl.gezin1plan.monitor.uitvraag.UitvraagInhoud;
import nl.gezin1plan.monitor.uitvraag.UitvraagRondeService;
import nl.gezin1plan.monitor.uitvraag.UitvraagStandService;
import nl.gezin1plan.monitor.uitvraag.UitvraagStand;
import nl.gezin1plan.monitor.uitvraag.Vraag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Benchmark, not a test: prints the time to evaluate the keurmerk for 5,000 organisations, once for the rules
 * alone and once through the service (database included). Run with
 * {@code ./mvnw test -Dtest=KeurmerkBenchmark -Dsurefire.failIfNoSpecifiedTests=false}.
 */
@PostgresTest
class KeurmerkBenchmark {

    private static final int ORGANISATIES = 5_000;
    private static final int JAAR = 2040;
    private static final int HERHALINGEN = 5;

    @Autowired
    TestGegevens gegevens;
    @Autowired
    UitvraagRondeService rondes;
    @Autowired
    UitvraagStandService uitvraagStanden;
    @Autowired
    KeurmerkService keurmerk;
    @Autowired
    DataSource dataSource;

    @Test
    void keurmerkFor5000Organisations() {
        JdbcTemplate sql = new JdbcTemplate(dataSource);
        Gemeente gemeente = gegevens.gemeente();
        String agendahouder = gegevens.agendahouder(gemeente);
        List<Object[]> organisaties = new ArrayList<>();
        for (int i = 0; i < ORGANISATIES; i++) {
            organisaties.add(new Object[] {"Benchmark " + gemeente.getId() + "-" + i, i % 3 == 0});
        }
        sql.batchUpdate("insert into organisatie (naam, type, werkt_met_jeugd) values (?, 'JEUGDHULP', ?)", organisaties);
        sql.update("insert into organisatie_gemeente (organisatie_id, gemeente_id) select id, ? from organisatie "
                + "where naam like ?", gemeente.getId(), "Benchmark " + gemeente.getId() + "-%");
        gegevens.logIn(agendahouder);
        long start = System.nanoTime();
        rondes.openRonde(JAAR, LocalDate.of(JAAR, 9, 1), LocalDate.of(JAAR, 10, 31));
        System.out.printf("Ronde geopend voor %d organisaties in %d ms%n", ORGANISATIES, (System.nanoTime() - start) / 1_000_000);

        UitvraagInhoud inhoud = uitvraagStanden.standen(JAAR).getFirst().inhoud();
        Random random = new Random(42);
        List<Object[]> antwoorden = new ArrayList<>();
        List<Long> ids = sql.queryForList("select u.id from uitvraag u join uitvraag_ronde r on r.id = u.ronde_id "
                + "where r.jaar = ?", Long.class, JAAR);
        for (long id : ids) {
            Map<String, String> gegeven = new HashMap<>();
            for (Vraag vraag : inhoud.vragen()) {
                if (random.nextInt(10) < 9) {
                    gegeven.put(vraag.sleutel(), switch (vraag.type()) {
                        case JA_NEE -> random.nextInt(5) == 0 ? "nee" : "ja";
                        case KEUZE -> vraag.keuzes().getFirst();
                        case PERCENTAGE -> String.valueOf(random.nextInt(101));
                        case GETAL -> "10";
                        case DATUM -> "2040-03-01";
                        case TEKST -> "Tekst";
                    });
                }
            }
            gegeven.forEach((vraag, waarde) -> antwoorden.add(new Object[] {id, vraag, waarde}));
        }
        sql.batchUpdate("insert into antwoord (uitvraag_id, vraag, waarde, gewijzigd_door, gewijzigd_op) "
                + "values (?, ?, ?, 'benchmark', now())", antwoorden);
        System.out.printf("%d antwoorden geschreven%n", antwoorden.size());

        List<UitvraagStand> standen = uitvraagStanden.standen(JAAR);
        long[] regels = new long[HERHALINGEN];
        long[] service = new long[HERHALINGEN];
        for (int i = 0; i < HERHALINGEN; i++) {
            long t0 = System.nanoTime();
            int voldaan = 0;
            for (UitvraagStand stand : standen) {
                if (KeurmerkUitslagBerekening.bereken(inhoud, inhoud.geldigeAntwoorden(stand.antwoorden(), stand.werktMetJeugd()),
                        stand.werktMetJeugd(), Map.of()).totaal() == Uitkomst.VOLDAAN) {
                    voldaan++;
                }
            }
            regels[i] = System.nanoTime() - t0;
            long t1 = System.nanoTime();
            List<RondeRegel> overzicht = keurmerk.rondeOverzicht(JAAR);
            service[i] = System.nanoTime() - t1;
            if (i == 0) {
                System.out.printf("%d organisaties, %d voldoen aan de basiseisen; overzicht heeft %d regels%n",
                        standen.size(), voldaan, overzicht.size());
            }
        }
        Arrays.sort(regels);
        Arrays.sort(service);
        System.out.printf("KEURMERK-BENCHMARK regels alleen: mediaan %.1f ms (min %.1f, max %.1f) voor %d organisaties%n",
                regels[HERHALINGEN / 2] / 1e6, regels[0] / 1e6, regels[HERHALINGEN - 1] / 1e6, ORGANISATIES);
        System.out.printf("KEURMERK-BENCHMARK via service incl. database: mediaan %.1f ms (min %.1f, max %.1f) voor %d organisaties%n",
                service[HERHALINGEN / 2] / 1e6, service[0] / 1e6, service[HERHALINGEN - 1] / 1e6, ORGANISATIES);
        gegevens.logUit();
    }
}
