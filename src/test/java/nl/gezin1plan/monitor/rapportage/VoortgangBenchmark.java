package nl.gezin1plan.monitor.rapportage;

import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.sql.Connection;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;
import nl.gezin1plan.monitor.PostgresTest;
import nl.gezin1plan.monitor.TestGegevens;
import nl.gezin1plan.monitor.export.CsvBestand;
import nl.gezin1plan.monitor.organisatie.Gemeente;
import nl.gezin1plan.monitor.organisatie.Rol;
import nl.gezin1plan.monitor.uitvraag.UitvraagFilter;
import nl.gezin1plan.monitor.uitvraag.UitvraagInhoud;
import nl.gezin1plan.monitor.uitvraag.UitvraagRondeService;
import org.junit.jupiter.api.Test;
import org.postgresql.PGConnection;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Benchmark, not a test. Generates 30 gemeenten and 5,000 organisations with five years of uitvraag answers,
 * then prints: the progress export for one year against PostgreSQL's own COPY of the same rows; heap used while
 * exporting 5,000 and 50,000 rows; server time to build the agendahouder's dashboard (median and p95). Run with
 * {@code ./mvnw test -Dtest=VoortgangBenchmark -Dsurefire.failIfNoSpecifiedTests=false}.
 */
@PostgresTest
class VoortgangBenchmark {

    private static final int GEMEENTEN = 30;
    private static final int ORGANISATIES = 5_000;
    private static final int GROOT = 50_000;
    private static final int EERSTE_JAAR = 2042;
    private static final int JAREN = 5;
    private static final int GROOT_JAAR = 2050;

    @Autowired
    TestGegevens gegevens;
    @Autowired
    UitvraagRondeService rondes;
    @Autowired
    VoortgangService voortgang;
    @Autowired
    DashboardService dashboards;
    @Autowired
    DataSource dataSource;

    @Test
    void figures() throws Exception {
        JdbcTemplate sql = new JdbcTemplate(dataSource);
        long t0 = System.nanoTime();
        List<Gemeente> gemeenten = new ArrayList<>();
        for (int i = 0; i < GEMEENTEN; i++) {
            gemeenten.add(gegevens.gemeente());
        }
        Random random = new Random(7);
        String prefix = "Bench " + gemeenten.getFirst().getId();
        GrootBestand.organisaties(dataSource, gemeenten.getFirst().getId(), prefix, ORGANISATIES);
        List<Object[]> extra = new ArrayList<>();
        for (long id : sql.queryForList("select id from organisatie where naam like ?", Long.class, prefix + " %")) {
            for (int k = 0; k < random.nextInt(3); k++) {
                extra.add(new Object[] {id, gemeenten.get(1 + random.nextInt(GEMEENTEN - 1)).getId()});
            }
        }
        sql.batchUpdate("insert into organisatie_gemeente (organisatie_id, gemeente_id) values (?, ?) on conflict do nothing", extra);
        String agendahouder = gegevens.agendahouder(gemeenten.getFirst());
        gegevens.logIn(gegevens.regionaal(Rol.BEHEERDER));
        int antwoorden = 0;
        for (int jaar = EERSTE_JAAR; jaar < EERSTE_JAAR + JAREN; jaar++) {
            rondes.openRonde(jaar, LocalDate.of(jaar, 9, 1), LocalDate.of(jaar, 10, 31));
            UitvraagInhoud inhoud = rondes.inhoud(jaar).orElseThrow();
            antwoorden += GrootBestand.antwoorden(dataSource, jaar, prefix, inhoud, jaar);
        }
        System.out.printf("Gegenereerd: %d gemeenten, %d organisaties, %d jaar, %d antwoorden in %d s%n", GEMEENTEN,
                ORGANISATIES, JAREN, antwoorden, (System.nanoTime() - t0) / 1_000_000_000);

        int jaar = EERSTE_JAAR + JAREN - 1;
        gegevens.logIn(agendahouder);
        long[] export = new long[5];
        long[] copy = new long[5];
        long[] copyTweeJaar = new long[5];
        for (int i = 0; i < export.length; i++) {
            export[i] = tijd(() -> exporteer(jaar));
            copy[i] = tijd(() -> copy(jaar, jaar, prefix));
            copyTweeJaar[i] = tijd(() -> copy(jaar - 1, jaar, prefix));
        }
        Arrays.sort(export);
        Arrays.sort(copy);
        Arrays.sort(copyTweeJaar);
        System.out.printf("VOORTGANG-BENCHMARK export %d organisaties: mediaan %d ms; PostgreSQL COPY van de rijen van dit "
                        + "jaar: mediaan %d ms (verhouding %.1fx); COPY van dit en vorig jaar, die de export ook leest: "
                        + "mediaan %d ms (verhouding %.1fx)%n", ORGANISATIES, export[2] / 1_000_000, copy[2] / 1_000_000,
                (double) export[2] / copy[2], copyTweeJaar[2] / 1_000_000, (double) export[2] / copyTweeJaar[2]);

        long[] dashboard = new long[20];
        for (int i = 0; i < dashboard.length; i++) {
            dashboard[i] = tijd(() -> dashboards.dashboard(jaar));
        }
        Arrays.sort(dashboard);
        System.out.printf("VOORTGANG-BENCHMARK dashboard agendahouder (%d organisaties, %d jaar): mediaan %d ms, p95 %d ms%n",
                ORGANISATIES, JAREN, dashboard[dashboard.length / 2] / 1_000_000,
                dashboard[(int) Math.ceil(dashboard.length * 0.95) - 1] / 1_000_000);

        long heapKlein = heapTijdens(() -> exporteer(jaar));
        Gemeente grote = gegevens.gemeente();
        String grootPrefix = "Groot " + grote.getId();
        GrootBestand.organisaties(dataSource, grote.getId(), grootPrefix, GROOT);
        gegevens.logIn(gegevens.agendahouder(grote));
        rondes.openRonde(GROOT_JAAR, LocalDate.of(GROOT_JAAR, 9, 1), LocalDate.of(GROOT_JAAR, 10, 31));
        GrootBestand.antwoorden(dataSource, GROOT_JAAR, grootPrefix, rondes.inhoud(GROOT_JAAR).orElseThrow(), 9);
        long heapGroot = heapTijdens(() -> exporteer(GROOT_JAAR));
        System.out.printf("VOORTGANG-BENCHMARK heap tijdens export: %d rijen %d MB, %d rijen %d MB (bovenop de heap ervoor)%n",
                ORGANISATIES, heapKlein / 1_048_576, GROOT, heapGroot / 1_048_576);
        gegevens.logUit();
    }

    private long exporteer(int jaar) {
        AtomicLong bytes = new AtomicLong();
        OutputStream weg = new OutputStream() {
            @Override
            public void write(int b) {
                bytes.incrementAndGet();
            }

            @Override
            public void write(byte[] b, int off, int len) {
                bytes.addAndGet(len);
            }
        };
        try (CsvBestand csv = CsvBestand.schrijf(weg, "organisatie", "kvk", "status", "keurmerk")) {
            voortgang.exporteer(jaar, UitvraagFilter.ALLES, r -> csv.regel(r.organisatie(), r.kvkNummer(),
                    r.status().label(), r.keurmerk().totaal().label()));
        }
        return bytes.get();
    }

    private long copy(int vanJaar, int totJaar, String prefix) {
        try (Connection verbinding = dataSource.getConnection()) {
            AtomicLong bytes = new AtomicLong();
            verbinding.unwrap(PGConnection.class).getCopyAPI().copyOut("""
                    COPY (select o.naam, o.kvk_nummer, r.jaar, u.status, u.ingediend_op,
                                 string_agg(a.vraag || '=' || a.waarde, '|' order by a.vraag)
                          from uitvraag u join uitvraag_ronde r on r.id = u.ronde_id join organisatie o on o.id = u.organisatie_id
                          left join antwoord a on a.uitvraag_id = u.id
                          where r.jaar between %d and %d and o.naam like '%s %%'
                          group by o.id, o.naam, o.kvk_nummer, r.jaar, u.status, u.ingediend_op order by o.naam, r.jaar)
                    TO STDOUT WITH CSV""".formatted(vanJaar, totJaar, prefix), new OutputStream() {
                @Override
                public void write(int b) {
                    bytes.incrementAndGet();
                }

                @Override
                public void write(byte[] b, int off, int len) {
                    bytes.addAndGet(len);
                }
            });
            return bytes.get();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static long tijd(Runnable werk) {
        long start = System.nanoTime();
        werk.run();
        return System.nanoTime() - start;
    }

    /** The most heap in use above the level before the work, sampled every few milliseconds while it runs. */
    private static long heapTijdens(Runnable werk) throws InterruptedException {
        MemoryMXBean geheugen = ManagementFactory.getMemoryMXBean();
        System.gc();
        Thread.sleep(200);
        long voor = geheugen.getHeapMemoryUsage().getUsed();
        AtomicLong piek = new AtomicLong(voor);
        Thread meter = Thread.ofPlatform().daemon().start(() -> {
            while (!Thread.currentThread().isInterrupted()) {
                piek.accumulateAndGet(geheugen.getHeapMemoryUsage().getUsed(), Math::max);
                try {
                    Thread.sleep(2);
                } catch (InterruptedException e) {
                    return;
                }
            }
        });
        werk.run();
        meter.interrupt();
        meter.join();
        return piek.get() - voor;
    }

}
