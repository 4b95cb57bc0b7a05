package nl.gezin1plan.monitor.checklist;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import nl.gezin1plan.monitor.PostgresTest;
import nl.gezin1plan.monitor.TestGegevens;
import nl.gezin1plan.monitor.organisatie.Gemeente;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.RepeatedTest;
import org.springframework.beans.factory.annotation.Autowired;

/** Two people save the same item at the same moment: one wins, the other is told, nothing is lost silently. */
@PostgresTest
class GelijktijdigWijzigenTest {

    @Autowired
    ChecklistService service;
    @Autowired
    TestGegevens gegevens;

    @AfterEach
    void logUit() {
        gegevens.logUit();
    }

    @RepeatedTest(10)
    void concurrentSavesOfOneItemEndInOneSaveAndOneConflict() throws Exception {
        Gemeente gemeente = gegevens.gemeente();
        String eerste = gegevens.agendahouder(gemeente);
        String tweede = gegevens.agendahouder(gemeente);
        gegevens.logIn(eerste);
        ItemRegel item = service.start(ChecklistEigenaar.gemeente(gemeente.getId()), 2026).items().getFirst();

        CountDownLatch start = new CountDownLatch(1);
        ExecutorService threads = Executors.newFixedThreadPool(2);
        List<Future<String>> uitkomsten = new ArrayList<>();
        for (String wie : List.of(eerste, tweede)) {
            uitkomsten.add(threads.submit(() -> {
                gegevens.logIn(wie);
                start.await();
                try {
                    service.wijzig(item.id(), item.version(), ChecklistServiceTest.wijziging("Plan van " + wie,
                            ItemStatus.IN_UITVOERING));
                    return "opgeslagen:" + wie;
                } catch (WijzigingsConflict e) {
                    return "conflict:" + e.actueel().geplandeActie();
                } finally {
                    gegevens.logUit();
                }
            }));
        }
        start.countDown();
        List<String> resultaten = new ArrayList<>();
        for (Future<String> uitkomst : uitkomsten) {
            resultaten.add(uitkomst.get(30, TimeUnit.SECONDS));
        }
        threads.shutdown();

        assertThat(resultaten).filteredOn(r -> r.startsWith("opgeslagen:")).hasSize(1);
        assertThat(resultaten).filteredOn(r -> r.startsWith("conflict:")).hasSize(1);
        String winnaar = resultaten.stream().filter(r -> r.startsWith("opgeslagen:")).findFirst().orElseThrow()
                .substring("opgeslagen:".length());
        gegevens.logIn(eerste);
        ItemRegel opgeslagen = service.open(ChecklistEigenaar.gemeente(gemeente.getId()), 2026).orElseThrow()
                .items().getFirst();
        assertThat(opgeslagen.geplandeActie()).isEqualTo("Plan van " + winnaar);
        assertThat(opgeslagen.version()).isEqualTo(item.version() + 1);
    }
}
