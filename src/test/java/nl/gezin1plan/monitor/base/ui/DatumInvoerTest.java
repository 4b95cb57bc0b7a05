package nl.gezin1plan.monitor.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.data.binder.Result;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class DatumInvoerTest {

    @Test
    void aDayThatTheMonthDoesNotHaveSaysHowManyDaysItHas() {
        assertThat(fout(DatumInvoer.lees("31-02-2026"))).isEqualTo("31-02-2026 bestaat niet: februari 2026 heeft 28 dagen.");
        assertThat(fout(DatumInvoer.lees("31-04-2026"))).isEqualTo("31-04-2026 bestaat niet: april 2026 heeft 30 dagen.");
    }

    @Test
    void aLeapDayIsADate() {
        assertThat(DatumInvoer.lees("29-02-2028").getOrThrow(IllegalStateException::new)).isEqualTo(LocalDate.of(2028, 2, 29));
        assertThat(fout(DatumInvoer.lees("29-02-2027"))).isEqualTo("29-02-2027 bestaat niet: februari 2027 heeft 28 dagen.");
    }

    @Test
    void aThirteenthMonthIsRefusedWithTheReason() {
        assertThat(fout(DatumInvoer.lees("15-13-2026"))).isEqualTo("15-13-2026 bestaat niet: een jaar heeft 12 maanden. Gebruik dd-mm-jjjj.");
    }

    @Test
    void textThatIsNoDateAsksForDdMmJjjj() {
        assertThat(fout(DatumInvoer.lees("morgen"))).isEqualTo("Geen geldige datum; gebruik dd-mm-jjjj, bijvoorbeeld 15-09-2026.");
    }

    @Test
    void shortDaysAndMonthsAreRead() {
        assertThat(DatumInvoer.lees("5-9-2026").getOrThrow(IllegalStateException::new)).isEqualTo(LocalDate.of(2026, 9, 5));
    }

    private static String fout(Result<LocalDate> resultaat) {
        assertThat(resultaat.isError()).isTrue();
        return resultaat.getMessage().orElseThrow();
    }
}
