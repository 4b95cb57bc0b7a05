package nl.gezin1plan.monitor.uitvraag;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import nl.gezin1plan.monitor.PostgresTest;
import nl.gezin1plan.monitor.TestGegevens;
import nl.gezin1plan.monitor.organisatie.Gemeente;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** 200 respondents answer and submit at the same moment: every answer is stored exactly once. */
@PostgresTest
class GelijktijdigBeantwoordenTest {

    private static final int RESPONDENTEN = 200;

    @Autowired
    UitvraagService uitvragen;
    @Autowired
    UitvraagRondeService rondes;
    @Autowired
    UitvraagFixture fixture;
    @Autowired
    TestGegevens gegevens;
    @Autowired
    DataSource dataSource;

    @AfterEach
    void logUit() {
        gegevens.logUit();
    }

    @Test
    void everyAnswerIsStoredExactlyOnceAndEveryUitvraagIsSubmitted() throws Exception {
        Gemeente gemeente = gegevens.gemeente();
        List<String> respondenten = new ArrayList<>();
        for (int i = 0; i < RESPONDENTEN; i++) {
            respondenten.add(gegevens.respondent(gegevens.organisatie(i % 2 == 0, gemeente)));
        }
        gegevens.logIn(gegevens.agendahouder(gemeente));
        rondes.openRonde(2035, java.time.LocalDate.of(2035, 9, 1), java.time.LocalDate.of(2035, 10, 31));

        ExecutorService threads = Executors.newFixedThreadPool(16);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Integer>> uitkomsten = new ArrayList<>();
        for (String respondent : respondenten) {
            uitkomsten.add(threads.submit(() -> {
                gegevens.logIn(respondent);
                try {
                    start.await();
                    long id = uitvragen.mijnUitvraag(2035).orElseThrow().id();
                    // The same answer twice, as a double click would send it.
                    uitvragen.beantwoord(id, "werkt_volgens_richtlijn", "ja");
                    UitvraagWeergave klaar = fixture.beantwoordAlles(id, java.util.Map.of());
                    uitvragen.dienIn(id);
                    return klaar.antwoorden().size();
                } finally {
                    gegevens.logUit();
                }
            }));
        }
        start.countDown();
        int verwacht = 0;
        for (Future<Integer> uitkomst : uitkomsten) {
            verwacht += uitkomst.get(5, TimeUnit.MINUTES);
        }
        threads.shutdown();

        JdbcTemplate sql = new JdbcTemplate(dataSource);
        String ronde = "(select u.id from uitvraag u join uitvraag_ronde r on r.id = u.ronde_id where r.jaar = 2035)";
        assertThat(sql.queryForObject("select count(*) from antwoord where uitvraag_id in " + ronde, Integer.class))
                .isEqualTo(verwacht);
        assertThat(sql.queryForObject("select count(*) from (select uitvraag_id, vraag from antwoord where uitvraag_id in "
                + ronde + " group by uitvraag_id, vraag having count(*) > 1) dubbel", Integer.class)).isZero();
        assertThat(sql.queryForObject("select count(*) from uitvraag u join uitvraag_ronde r on r.id = u.ronde_id "
                + "where r.jaar = 2035 and u.status = 'INGEDIEND'", Integer.class)).isEqualTo(RESPONDENTEN);
        assertThat(sql.queryForObject("select count(*) from uitvraag_gebeurtenis where soort = 'INGEDIEND' and uitvraag_id in "
                + ronde, Integer.class)).isEqualTo(RESPONDENTEN);
    }
}
