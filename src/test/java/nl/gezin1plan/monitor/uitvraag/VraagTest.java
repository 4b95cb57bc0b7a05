package nl.gezin1plan.monitor.uitvraag;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class VraagTest {

    private static final String PERCENTAGE_FOUT = "Vul een percentage in van 0 tot en met 100, zonder %-teken, bijvoorbeeld 62,5.";
    private static final String GETAL_FOUT = "Vul een getal in van 0 tot en met 1000000, zonder punten, bijvoorbeeld 12 of 2,5.";

    private final Vraag percentage = vraag(VraagType.PERCENTAGE);
    private final Vraag getal = vraag(VraagType.GETAL);

    @Test
    void aPercentageWithADecimalCommaIsAcceptedAndKeptWithADot() {
        assertThat(percentage.controleer("62,5")).isEmpty();
        assertThat(percentage.opgeslagen("62,5")).isEqualTo("62.5");
    }

    @Test
    void aPercentageWithADecimalDotIsAcceptedToo() {
        assertThat(percentage.controleer("62.5")).isEmpty();
        assertThat(percentage.opgeslagen("62.5")).isEqualTo("62.5");
    }

    @Test
    void trailingZerosAndLeadingZerosAreDroppedFromTheKeptNumber() {
        assertThat(percentage.opgeslagen("100,00")).isEqualTo("100");
        assertThat(percentage.opgeslagen("035")).isEqualTo("35");
        assertThat(getal.opgeslagen(" 2,50 ")).isEqualTo("2.5");
    }

    @Test
    void textAndPercentagesAboveHundredAreRefusedInDutch() {
        assertThat(percentage.controleer("abc")).contains(PERCENTAGE_FOUT);
        assertThat(percentage.controleer("101")).contains(PERCENTAGE_FOUT);
        assertThat(percentage.controleer("100,01")).contains(PERCENTAGE_FOUT);
        assertThat(percentage.controleer("-5")).contains(PERCENTAGE_FOUT);
        assertThat(percentage.controleer("62,5%")).contains(PERCENTAGE_FOUT);
    }

    @Test
    void aThousandWithADotIsRefusedRatherThanReadAsOne() {
        assertThat(getal.controleer("1.000")).contains(GETAL_FOUT);
        assertThat(getal.controleer("1000")).isEmpty();
        assertThat(getal.controleer("1000001")).contains(GETAL_FOUT);
        assertThat(getal.controleer("2,5")).isEmpty();
    }

    @Test
    void answersKeptBeforeDecimalsWereAllowedStayValid() {
        assertThat(percentage.controleer("35")).isEmpty();
        assertThat(percentage.opgeslagen("35")).isEqualTo("35");
    }

    private static Vraag vraag(VraagType type) {
        return new Vraag("v", type, true, "Vraag", null, null, null, false);
    }
}
