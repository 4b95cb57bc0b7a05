package nl.gezin1plan.monitor.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PersoonlijkeLinkTest {

    @Test
    void aCodeCarries256RandomBitsAndOnlyItsHashIsShown() {
        PersoonlijkeLink link = PersoonlijkeLink.nieuw();
        assertThat(link.code()).hasSize(43).matches("[A-Za-z0-9_-]+");
        assertThat(PersoonlijkeLink.kanCodeZijn(link.code())).isTrue();
        assertThat(link.hash()).hasSize(64).isEqualTo(PersoonlijkeLink.hash(link.code())).isNotEqualTo(link.code());
        assertThat(link.toString()).doesNotContain(link.code());
    }

    @Test
    void codesDoNotRepeat() {
        Set<String> codes = new HashSet<>();
        for (int i = 0; i < 10_000; i++) {
            codes.add(PersoonlijkeLink.nieuw().code());
        }
        assertThat(codes).hasSize(10_000);
    }

    @Test
    void textThatCannotBeACodeIsRecognisedWithoutALookup() {
        assertThat(PersoonlijkeLink.kanCodeZijn(null)).isFalse();
        assertThat(PersoonlijkeLink.kanCodeZijn("")).isFalse();
        assertThat(PersoonlijkeLink.kanCodeZijn("abc")).isFalse();
        assertThat(PersoonlijkeLink.kanCodeZijn("a".repeat(42) + "%")).isFalse();
    }
}
