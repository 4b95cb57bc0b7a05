package nl.gezin1plan.monitor.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class UitgaandeMailTest {

    private static final Instant NU = Instant.parse("2026-12-01T10:00:00Z");

    @Test
    void aFailedMessageWaitsOneTwoFourMinutesAndSoOnAtMostAnHourThenIsGivenUp() {
        UitgaandeMail mail = new UitgaandeMail("a@example.nl", new Bericht("Onderwerp", "tekst", "<p>html</p>"), NU);
        List<Duration> pauzes = new ArrayList<>();
        for (int poging = 1; poging < 10; poging++) {
            mail.mislukt("Connection refused", NU, 10);
            pauzes.add(Duration.between(NU, mail.getVolgendePoging()));
            assertThat(mail.getStatus()).isEqualTo(MailStatus.WACHT);
        }
        assertThat(pauzes).extracting(Duration::toMinutes).containsExactly(1L, 2L, 4L, 8L, 16L, 32L, 60L, 60L, 60L);

        mail.mislukt("Connection refused", NU, 10);
        assertThat(mail.getStatus()).isEqualTo(MailStatus.MISLUKT);
        assertThat(mail.getPogingen()).isEqualTo(10);
    }

    @Test
    void theLastErrorIsCutToTheLengthOfItsColumn() {
        UitgaandeMail mail = new UitgaandeMail("a@example.nl", new Bericht("Onderwerp", "tekst", "<p>html</p>"), NU);

        mail.mislukt("x".repeat(5000), NU, 10);

        assertThat(mail.getLaatsteFout()).hasSize(UitgaandeMail.MAXIMALE_FOUT);
    }
}
