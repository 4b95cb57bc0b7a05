package nl.gezin1plan.monitor.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class CsvBestandTest {

    @Test
    void writesBomSemicolonsHeaderAndIsoDates() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (CsvBestand csv = CsvBestand.schrijf(out, "gemeente", "planning", "keurmerk")) {
            csv.regel("'s-Gravenhage; Zuid", LocalDate.of(2026, 3, 1), true);
        }
        byte[] bytes = out.toByteArray();

        assertThat(bytes).startsWith(0xEF, 0xBB, 0xBF);
        assertThat(new String(bytes, StandardCharsets.UTF_8)).isEqualTo(
                "\uFEFFgemeente;planning;keurmerk\r\n\"'s-Gravenhage; Zuid\";2026-03-01;ja\r\n");
    }

    @Test
    void aMomentIsWrittenAsItsDateInTheNetherlandsAndNothingAsAnEmptyCell() {
        assertThat(CsvBestand.tekst(Instant.parse("2026-03-31T22:30:00Z"))).isEqualTo("2026-04-01");
        assertThat(CsvBestand.tekst(null)).isEmpty();
    }

    @Test
    void cellsThatLookLikeFormulasAreNeutralised() {
        assertThat(CsvBestand.neutraliseer("=SUM(A1:A9)")).isEqualTo("'=SUM(A1:A9)");
        assertThat(CsvBestand.neutraliseer("+31 71 123")).isEqualTo("'+31 71 123");
        assertThat(CsvBestand.neutraliseer("-1")).isEqualTo("'-1");
        assertThat(CsvBestand.neutraliseer("@cmd")).isEqualTo("'@cmd");
        assertThat(CsvBestand.neutraliseer("\tx")).isEqualTo("'\tx");
        assertThat(CsvBestand.neutraliseer("\rx")).isEqualTo("'\rx");
        assertThat(CsvBestand.neutraliseer("Leiden = mooi")).isEqualTo("Leiden = mooi");
        assertThat(CsvBestand.neutraliseer("")).isEmpty();
    }

    @Test
    void accentsSurviveAsUtf8() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (CsvBestand csv = CsvBestand.schrijf(out, "item")) {
            csv.regel("Financiële middelen – coördinatie");
        }
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("Financiële middelen – coördinatie");
    }
}
