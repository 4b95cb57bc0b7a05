package nl.gezin1plan.monitor.base;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LogTekstTest {

    @Test
    void everyKindOfLineBreakAndDirectionOverrideBecomesAQuestionMark() {
        assertThat(LogTekst.veilig("a\rb\nc\u0085d\u2028e\u2029f\u000Bg\u202Eh\u2066i\u0000j"))
                .isEqualTo("a?b?c?d?e?f?g?h?i?j");
    }

    @Test
    void ordinaryTextWithAccentsAndEmojiStaysAsItIs() {
        assertThat(LogTekst.veilig("Zoë 's-Hertogenbosch 👍 €5")).isEqualTo("Zoë 's-Hertogenbosch 👍 €5");
        assertThat(LogTekst.veilig(null)).isNull();
    }
}
