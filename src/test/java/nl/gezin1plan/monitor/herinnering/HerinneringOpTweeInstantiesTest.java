package nl.gezin1plan.monitor.herinnering;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import nl.gezin1plan.monitor.Application;
import nl.gezin1plan.monitor.PostgresTest;
import nl.gezin1plan.monitor.TestGegevens;
import nl.gezin1plan.monitor.herinnering.HerinneringOpzet.Deelnemer;
import nl.gezin1plan.monitor.herinnering.HerinneringOpzet.Ronde;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Two instances of the application against one PostgreSQL database run the reminder job at the same moment, on every
 * day of a round: each reminder is placed exactly once between them.
 */
@PostgresTest
class HerinneringOpTweeInstantiesTest {

    @Autowired
    HerinneringVerzender verzender;
    @Autowired
    HerinneringOpzet opzet;
    @Autowired
    TestGegevens gegevens;
    @Autowired
    Environment omgeving;
    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void logUit() {
        gegevens.logUit();
    }

    /** A second instance on the test database, without its own schedule running and without loading demo data. */
    private ConfigurableApplicationContext tweedeInstantie() {
        return new SpringApplicationBuilder(Application.class).run(
                "--spring.datasource.url=" + omgeving.getProperty("spring.datasource.url"),
                "--spring.datasource.username=" + omgeving.getProperty("spring.datasource.username"),
                "--spring.datasource.password=" + omgeving.getProperty("spring.datasource.password", ""),
                "--monitor.demo-gegevens=false", "--monitor.herinnering.actief=false", "--server.port=0",
                "--spring.main.banner-mode=off");
    }

    @Test
    void twoInstancesRunningTheJobAtOnceOnEveryDayOfARoundPlaceEachReminderExactlyOnce() throws Exception {
        Ronde ronde = opzet.ronde(2091, 20);
        List<LocalDate> momenten = List.of(ronde.deadline().minusDays(14), ronde.deadline().minusDays(3),
                ronde.deadline().plusDays(7), ronde.deadline().plusDays(14), ronde.deadline().plusDays(21));
        int keren = 0;
        int geplaatst = 0;
        ExecutorService draden = Executors.newFixedThreadPool(2);
        try (ConfigurableApplicationContext tweede = tweedeInstantie()) {
            HerinneringVerzender andere = tweede.getBean(HerinneringVerzender.class);
            assertThat(andere).isNotSameAs(verzender);
            for (LocalDate dag = ronde.deadline().minusDays(15); !dag.isAfter(ronde.deadline().plusDays(30));
                 dag = dag.plusDays(1)) {
                CyclicBarrier tegelijk = new CyclicBarrier(2);
                LocalDate vandaag = dag;
                var hier = CompletableFuture.supplyAsync(() -> opHetZelfdeMoment(tegelijk, verzender, vandaag), draden);
                var daar = CompletableFuture.supplyAsync(() -> opHetZelfdeMoment(tegelijk, andere, vandaag), draden);
                int samen = hier.get() + daar.get();
                assertThat(samen).as("herinneringen op %s", dag).isEqualTo(momenten.contains(dag) ? 20 : 0);
                geplaatst += samen;
                keren++;
            }
        } finally {
            draden.shutdownNow();
        }

        assertThat(keren).isEqualTo(46);
        assertThat(geplaatst).isEqualTo(20 * 5);
        for (Deelnemer deelnemer : ronde.deelnemers()) {
            assertThat(opzet.herinneringenAan(deelnemer.email())).as(deelnemer.email()).hasSize(5);
            assertThat(jdbc.queryForList("select moment from herinnering where uitvraag_id = ? order by volgnummer",
                    LocalDate.class, deelnemer.uitvraagId())).containsExactlyElementsOf(momenten);
        }
    }

    private static int opHetZelfdeMoment(CyclicBarrier tegelijk, HerinneringVerzender verzender, LocalDate dag) {
        try {
            tegelijk.await();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        return verzender.verstuur(dag);
    }
}
