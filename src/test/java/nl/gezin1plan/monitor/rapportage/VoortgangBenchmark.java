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
import nl.gezin1plan.monitor.export.OrganisatieVoortgangCsv;
import nl.gezin1plan.monitor.keurmerk.KeurmerkService;
import nl.gezin1plan.monitor.organisatie.Gemeente;
import nl.gezin1plan.monitor.organisatie.Rol;
import nl.gezin1plan.monitor.uitvraag.StandVastlegging;
import nl.gezin1plan.monitor.uitvraag.UitvraagFilter;
import nl.gezin1plan.monitor.uitvraag.UitvraagInhoud;
import nl.gezin1plan.monitor.uitvraag.UitvraagRondeService;
import nl.gezin1plan.monitor.uitvraag.UitvraagStroom;
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
    OrganisatieVoortgangService voortgang;
    @Autowired
    DashboardService dashboards;
    @Autowired
    KeurmerkService keurmerk;
    @Autowired
    OrganisatieVoortgangCsv voortgangCsv;
    @Autowired
    StandVastlegging vastlegging;
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
        // The answers were loaded by SQL, as at an upgrade: the application keeps their results at start-up.
        long vastleggen = tijd(vastlegging::vulOntbrekende);
        System.out.printf("VOORTGANG-BENCHMARK uitslagen vastleggen voor %d uitvragen (zoals bij het opstarten): %d ms%n",
                ORGANISATIES * JAREN, vastleggen / 1_000_000);

        int jaar = EERSTE_JAAR + JAREN - 1;
        gegevens.logIn(agendahouder);
        long gemeenteId = gemeenten.getFirst().getId();
        long regels = exporteer(jaar).regels();
        long[] export = new long[7];
        long[] copy = new long[7];
        long[] copyTweeJaar = new long[7];
        for (int i = 0; i < export.length; i++) {
            export[i] = tijd(() -> exporteer(jaar));
            copy[i] = tijd(() -> copy(UitvraagStroom.RIJEN, jaar, gemeenteId));
            copyTweeJaar[i] = tijd(() -> {
                copy(UitvraagStroom.VASTGELEGD, jaar - 1, gemeenteId);
                copy(UitvraagStroom.RIJEN, jaar, gemeenteId);
            });
        }
        Arrays.sort(export);
        Arrays.sort(copy);
        Arrays.sort(copyTweeJaar);
        int m = export.length / 2;
        System.out.printf("VOORTGANG-BENCHMARK export %d organisaties (%d regels, alle kolommen): mediaan %d ms; "
                        + "PostgreSQL COPY van dezelfde query voor dit jaar: mediaan %d ms (verhouding %.1fx); "
                        + "COPY van beide queries van de export (vastgelegde uitslagen van vorig jaar en de rijen van "
                        + "dit jaar): mediaan %d ms (verhouding %.1fx)%n", ORGANISATIES, regels, export[m] / 1_000_000, copy[m] / 1_000_000,
                (double) export[m] / copy[m], copyTweeJaar[m] / 1_000_000, (double) export[m] / copyTweeJaar[m]);

        long[] dashboard = new long[20];
        for (int i = 0; i < dashboard.length; i++) {
            dashboard[i] = tijd(() -> dashboards.dashboard(jaar));
        }
        Arrays.sort(dashboard);
        System.out.printf("VOORTGANG-BENCHMARK dashboard agendahouder (%d organisaties, %d jaar): mediaan %d ms, p95 %d ms%n",
                ORGANISATIES, JAREN, dashboard[dashboard.length / 2] / 1_000_000,
                dashboard[(int) Math.ceil(dashboard.length * 0.95) - 1] / 1_000_000);

        // The dashboard's count of each criterion, both ways, under the same load: every criterion row read into
        // Java (as before) against the count in the database.
        long[] rijen = new long[20];
        long[] geteld = new long[20];
        for (int i = 0; i < rijen.length; i++) {
            rijen[i] = tijd(() -> keurmerk.vastgelegd(jaar, UitvraagFilter.ALLES));
            geteld[i] = tijd(() -> keurmerk.rondeKeurmerk(jaar, UitvraagFilter.ALLES));
        }
        Arrays.sort(rijen);
        Arrays.sort(geteld);
        System.out.printf("VOORTGANG-BENCHMARK keurmerk van de ronde (%d organisaties): alle criteriumrijen lezen "
                + "mediaan %d ms, per criterium geteld in de database mediaan %d ms%n", ORGANISATIES,
                rijen[rijen.length / 2] / 1_000_000, geteld[geteld.length / 2] / 1_000_000);

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

    private record Uitvoer(long bytes, long regels) {
    }

    /** The real progress export of the year, every column, into a stream that only counts. */
    private Uitvoer exporteer(int jaar) {
        AtomicLong bytes = new AtomicLong();
        AtomicLong regels = new AtomicLong();
        OutputStream weg = new OutputStream() {
            @Override
            public void write(int b) {
                tel(b);
                bytes.incrementAndGet();
            }

            @Override
            public void write(byte[] b, int off, int len) {
                for (int i = off; i < off + len; i++) {
                    tel(b[i]);
                }
                bytes.addAndGet(len);
            }

            private void tel(int b) {
                if (b == '\n') {
                    regels.incrementAndGet();
                }
            }
        };
        voortgangCsv.schrijf(jaar, UitvraagFilter.ALLES, weg);
        return new Uitvoer(bytes.get(), regels.get() - 1);
    }

    /** PostgreSQL's own COPY of one of the export's query texts, for the agendahouder's scope. */
    private long copy(String sql, int jaar, long gemeenteId) {
        Object[] waarden = {jaar, gemeenteId, gemeenteId, null, null, null, null, null, null};
        StringBuilder query = new StringBuilder();
        int w = 0;
        for (char c : sql.toCharArray()) {
            if (c == '?') {
                query.append(waarden[w] == null ? "null" : waarden[w].toString());
                w++;
            } else {
                query.append(c);
            }
        }
        try (Connection verbinding = dataSource.getConnection()) {
            AtomicLong bytes = new AtomicLong();
            verbinding.unwrap(PGConnection.class).getCopyAPI().copyOut(
                    "COPY (" + query + ") TO STDOUT WITH CSV", new OutputStream() {
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
