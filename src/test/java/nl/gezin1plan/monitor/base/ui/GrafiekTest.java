package nl.gezin1plan.monitor.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class GrafiekTest {

    @Test
    void aLongLabelIsDrawnOnLinesOfAtMostTwentyFourCharactersSoANarrowChartDoesNotCutItOff() {
        assertThat(Grafiek.regels("Richtlijn vastgesteld als gezamenlijke werkwijze"))
                .containsExactly("Richtlijn vastgesteld", "als gezamenlijke", "werkwijze");
        assertThat(Grafiek.regels("B Verbinden")).containsExactly("B Verbinden");
    }
}
