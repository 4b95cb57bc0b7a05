package nl.gezin1plan.monitor.account;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** One set of rules for every new password: reset, Mijn account and an invitation's link page. */
class WachtwoordRegelsTest {

    private final WachtwoordRegels regels = new WachtwoordRegels();

    @Test
    void twelveToSixtyFourCharactersTypedTwiceTheSameArePassed() {
        assertThat(regels.fouten("twaalf tekens", "twaalf tekens", "olga")).isEmpty();
        assertThat(regels.fouten("ab".repeat(32), "ab".repeat(32), "olga")).isEmpty();
    }

    @Test
    void eachBrokenRuleSaysWhatToDoAtItsField() {
        assertThat(regels.fouten("", "", "olga")).containsEntry("wachtwoord", "Kies een wachtwoord.")
                .containsEntry("herhaling", "Typ het wachtwoord nog een keer.");
        assertThat(regels.fouten("elf tekens!", "elf tekens!", "olga"))
                .containsEntry("wachtwoord", "Kies een wachtwoord van minstens 12 tekens.");
        assertThat(regels.fouten("a".repeat(65), "a".repeat(65), "olga"))
                .containsEntry("wachtwoord", "Kies een wachtwoord van hoogstens 64 tekens.");
        assertThat(regels.fouten(" ".repeat(12), " ".repeat(12), "olga")).containsKey("wachtwoord");
        assertThat(regels.fouten("twaalf tekens", "twaalf tekenz", "olga")).containsOnlyKeys("herhaling");
        assertThat(regels.fouten("olga@zorg.example", "olga@zorg.example", "Olga@zorg.example"))
                .containsEntry("wachtwoord", "Uw wachtwoord mag niet gelijk zijn aan uw gebruikersnaam.");
    }

    @Test
    void aPasswordBCryptWouldCutOffIsRefusedInsteadOfFailingAtTheEncoder() {
        // 40 characters, but 80 bytes in UTF-8: BCrypt reads 72 bytes at most, and Spring's encoder refuses more.
        assertThat(regels.fouten("é".repeat(40), "é".repeat(40), "olga"))
                .containsEntry("wachtwoord", "Dit wachtwoord is te lang voor de bijzondere tekens erin. Kies een korter.");
    }

    @Test
    void aCommonPasswordIsRefusedWhateverItsCase() {
        String veelgebruikt = "wachtwoord123";
        assertThat(regels.fouten(veelgebruikt, veelgebruikt, "olga")).containsKey("wachtwoord");
        assertThat(regels.fouten("WACHTWOORD123", "WACHTWOORD123", "olga")).containsKey("wachtwoord");
    }
}
