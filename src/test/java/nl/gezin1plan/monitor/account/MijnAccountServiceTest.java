package nl.gezin1plan.monitor.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import nl.gezin1plan.monitor.PostgresTest;
import nl.gezin1plan.monitor.TestGegevens;
import nl.gezin1plan.monitor.audit.AuditRegel;
import nl.gezin1plan.monitor.audit.AuditSoort;
import nl.gezin1plan.monitor.base.OngeldigeInvoer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;

@PostgresTest
class MijnAccountServiceTest {

    @Autowired
    MijnAccountService mijnAccount;
    @Autowired
    HerstelTestGegevens herstelGegevens;
    @Autowired
    TestGegevens gegevens;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    PasswordEncoder encoder;

    String naam;

    @BeforeEach
    void alsNieuwePersoon() {
        naam = herstelGegevens.persoon();
        gegevens.logIn(naam);
    }

    @AfterEach
    void logUit() {
        gegevens.logUit();
    }

    @Test
    void aNewPasswordNeedsTheCurrentOneAndMeetsTheRulesOrNothingChanges() {
        String hash = wachtwoordHash();

        assertThatThrownBy(() -> mijnAccount.wijzigWachtwoord("fout", "paarse olifant op de fiets",
                "paarse olifant op de fiets")).isInstanceOfSatisfying(OngeldigeInvoer.class, f ->
                assertThat(f.fouten()).containsOnlyKeys("huidig"));
        assertThatThrownBy(() -> mijnAccount.wijzigWachtwoord("test", "welkom2024!", "welkom2024!"))
                .isInstanceOfSatisfying(OngeldigeInvoer.class, f -> assertThat(f.fouten()).containsOnlyKeys("wachtwoord"));
        assertThat(wachtwoordHash()).isEqualTo(hash);

        mijnAccount.wijzigWachtwoord("test", "paarse olifant op de fiets", "paarse olifant op de fiets");

        assertThat(encoder.matches("paarse olifant op de fiets", wachtwoordHash())).isTrue();
    }

    @Test
    void namesAndEmailAddressAreChangedWhenValidAndTheChangeIsInTheAuditLog() {
        assertThatThrownBy(() -> mijnAccount.wijzigGegevens(" ", "geen-adres")).isInstanceOfSatisfying(
                OngeldigeInvoer.class, f -> assertThat(f.fouten()).containsOnlyKeys("naam", "email"));
        assertThatThrownBy(() -> mijnAccount.wijzigGegevens("Joke", "")).isInstanceOfSatisfying(
                OngeldigeInvoer.class, f -> assertThat(f.fouten()).containsOnlyKeys("email"));

        mijnAccount.wijzigGegevens("  Joke Visser ", "joke.visser@example.nl ");

        assertThat(mijnAccount.gegevens()).isEqualTo(new MijnAccount(naam, "Joke Visser", "joke.visser@example.nl", true));
        assertThat(herstelGegevens.audit(naam)).singleElement().satisfies(r -> {
            assertThat(r.soort()).isEqualTo(AuditSoort.ACCOUNT_GEWIJZIGD);
            assertThat(r.omschrijving()).contains("nu naam Joke Visser, e-mail joke.visser@example.nl");
        });
    }

    @Test
    void theWeeklyOverviewCanBeSwitchedOffAndOnAgain() {
        mijnAccount.zetWeekoverzicht(false);
        assertThat(jdbc.queryForObject("select weekoverzicht from gebruiker where gebruikersnaam = ?", Boolean.class,
                naam)).isFalse();

        mijnAccount.zetWeekoverzicht(true);

        assertThat(mijnAccount.gegevens().weekoverzicht()).isTrue();
        assertThat(herstelGegevens.audit(naam)).extracting(AuditRegel::omschrijving)
                .containsExactly("Weekoverzicht per e-mail aangezet", "Weekoverzicht per e-mail uitgezet");
    }

    @Test
    void nobodyWhoIsNotLoggedInHasAnAccountToChange() {
        gegevens.logUit();

        assertThatThrownBy(() -> mijnAccount.gegevens()).isInstanceOf(AuthenticationCredentialsNotFoundException.class);
    }

    private String wachtwoordHash() {
        return jdbc.queryForObject("select wachtwoord_hash from gebruiker where gebruikersnaam = ?", String.class, naam);
    }
}
