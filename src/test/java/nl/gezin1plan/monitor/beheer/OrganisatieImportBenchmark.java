package nl.gezin1plan.monitor.beheer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import nl.gezin1plan.monitor.PostgresTest;
import nl.gezin1plan.monitor.TestGegevens;
import nl.gezin1plan.monitor.organisatie.Gemeente;
import nl.gezin1plan.monitor.organisatie.Rol;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

/**
 * Benchmark, not a test. Imports generated organisation lists as the beheerder and prints the time per file: 5,000
 * new organisations (median of 3), the same 5,000 again (all updates) and 10,000 new ones (the row cap raised for
 * this). Run with {@code ./mvnw test -Dtest=OrganisatieImportBenchmark -Dsurefire.failIfNoSpecifiedTests=false}.
 */
@PostgresTest
@TestPropertySource(properties = "monitor.import.maximale-rijen=10000")
class OrganisatieImportBenchmark {

    @Autowired
    OrganisatieImport importeur;
    @Autowired
    TestGegevens gegevens;

    @Test
    void figures() {
        Gemeente gemeente = gegevens.gemeente();
        gegevens.logIn(gegevens.regionaal(Rol.BEHEERDER));
        try {
            long[] nieuw = new long[3];
            for (int i = 0; i < nieuw.length; i++) {
                nieuw[i] = importeer(TestGegevens.uniek("Bench"), 5_000, gemeente, ImportRapport.Uitkomst.TOEGEVOEGD);
            }
            String bijTeWerken = TestGegevens.uniek("Bench");
            importeer(bijTeWerken, 5_000, gemeente, ImportRapport.Uitkomst.TOEGEVOEGD);
            long bijgewerkt = importeer(bijTeWerken, 5_000, gemeente, ImportRapport.Uitkomst.BIJGEWERKT);
            long tienduizend = importeer(TestGegevens.uniek("Bench"), 10_000, gemeente, ImportRapport.Uitkomst.TOEGEVOEGD);
            Arrays.sort(nieuw);
            System.out.printf("IMPORT-BENCHMARK 5.000 nieuwe organisaties: mediaan %d ms (runs %s ms)%n", nieuw[1],
                    Arrays.toString(nieuw));
            System.out.printf("IMPORT-BENCHMARK 5.000 bestaande organisaties bijgewerkt: %d ms%n", bijgewerkt);
            System.out.printf("IMPORT-BENCHMARK 10.000 nieuwe organisaties (maximum verhoogd): %d ms%n", tienduizend);
        } finally {
            gegevens.logUit();
        }
    }

    private long importeer(String voorvoegsel, int rijen, Gemeente gemeente, ImportRapport.Uitkomst verwacht) {
        long begin = System.nanoTime();
        ImportRapport rapport = importeur.importeer("benchmark.csv", GegenereerdBestand.metRijen(voorvoegsel, rijen, gemeente.getNaam()));
        long ms = (System.nanoTime() - begin) / 1_000_000;
        assertThat(rapport.aantal(verwacht)).isEqualTo(rijen);
        return ms;
    }
}
