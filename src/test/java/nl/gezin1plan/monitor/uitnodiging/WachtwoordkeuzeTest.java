package nl.gezin1plan.monitor.uitnodiging;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class WachtwoordkeuzeTest {

    @Test
    void twelveToSixtyFourCharactersTypedTwiceTheSameArePassed() {
        assertThat(Wachtwoordkeuze.fouten("twaalf tekens", "twaalf tekens")).isEmpty();
        assertThat(Wachtwoordkeuze.fouten("a".repeat(64), "a".repeat(64))).isEmpty();
    }

    @Test
    void eachBrokenRuleSaysWhatToDoAtItsField() {
        assertThat(Wachtwoordkeuze.fouten("", "")).containsEntry("wachtwoord", "Kies een wachtwoord.")
                .containsEntry("herhaling", "Typ het wachtwoord nog een keer.");
        assertThat(Wachtwoordkeuze.fouten("elf tekens!", "elf tekens!"))
                .containsEntry("wachtwoord", "Kies een wachtwoord van minstens 12 tekens.");
        assertThat(Wachtwoordkeuze.fouten("a".repeat(65), "a".repeat(65)))
                .containsEntry("wachtwoord", "Kies een wachtwoord van hoogstens 64 tekens.");
        assertThat(Wachtwoordkeuze.fouten("é".repeat(40), "é".repeat(40))).containsKey("wachtwoord");
        assertThat(Wachtwoordkeuze.fouten(" ".repeat(12), " ".repeat(12))).containsKey("wachtwoord");
        assertThat(Wachtwoordkeuze.fouten("twaalf tekens", "twaalf tekenz"))
                .containsOnlyKeys("herhaling").containsEntry("herhaling", "De twee wachtwoorden zijn niet gelijk.");
    }
}
