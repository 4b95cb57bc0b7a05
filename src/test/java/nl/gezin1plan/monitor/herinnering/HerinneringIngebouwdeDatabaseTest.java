package nl.gezin1plan.monitor.herinnering;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The reminder job and the digest on the embedded default (H2 in PostgreSQL mode) with its demo data. */
@SpringBootTest(properties = "monitor.herinnering.actief=false")
class HerinneringIngebouwdeDatabaseTest {

    @DynamicPropertySource
    static void h2AlsBestand(DynamicPropertyRegistry registry) throws Exception {
        Path map = Files.createTempDirectory("monitor-h2-herinnering");
        registry.add("spring.datasource.url", () -> "jdbc:h2:file:" + map.resolve("monitor")
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH");
    }

    @Autowired
    HerinneringVerzender herinneringen;
    @Autowired
    WeekoverzichtVerzender weekoverzichten;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theDemosLateOrganisationsAreRemindedOnceAndItsAgendahouderGetsOneDigestAWeek() {
        jdbc.update("""
                insert into contactpersoon (organisatie_id, naam, email, rol)
                select u.organisatie_id, 'Demo Contact', concat('contact', u.organisatie_id, '@demo.test'), 'contact'
                from uitvraag u join uitvraag_ronde r on r.id = u.ronde_id where r.jaar = 2026""");
        jdbc.update("update gebruiker set email = 'agendahouder@demo.test' where gebruikersnaam = 'agendahouder'");
        int nietIngediend = jdbc.queryForObject("""
                select count(*) from uitvraag u join uitvraag_ronde r on r.id = u.ronde_id
                where u.status <> 'INGEDIEND' and r.jaar = 2026""", Integer.class);
        LocalDate dag = LocalDate.of(2026, 12, 1);

        assertThat(herinneringen.verstuur(dag)).isEqualTo(nietIngediend).isPositive();
        assertThat(herinneringen.verstuur(dag)).isZero();
        ZonedDateTime maandag = ZonedDateTime.of(2026, 12, 7, 8, 0, 0, 0, ZoneId.of("Europe/Amsterdam"));
        weekoverzichten.verstuur(maandag);
        assertThat(weekoverzichten.verstuur(maandag)).isZero();
        assertThat(jdbc.queryForList("select onderwerp from uitgaande_mail where ontvanger = 'agendahouder@demo.test'",
                String.class)).singleElement().asString().startsWith("Weekoverzicht: verlopen acties (");
    }
}
