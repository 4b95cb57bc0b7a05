package nl.gezin1plan.monitor.herinnering;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.gezin1plan.monitor.PostgresTest;
import nl.gezin1plan.monitor.TestGegevens;
import nl.gezin1plan.monitor.herinnering.HerinneringOpzet.Deelnemer;
import nl.gezin1plan.monitor.herinnering.HerinneringOpzet.Ronde;
import nl.gezin1plan.monitor.organisatie.Gebruiker;
import nl.gezin1plan.monitor.organisatie.GebruikerRepository;
import nl.gezin1plan.monitor.uitvraag.UitvraagFixture;
import nl.gezin1plan.monitor.uitvraag.UitvraagService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The reminder job against PostgreSQL, run for chosen days as the scheduler would run it on those days. */
@PostgresTest
class HerinneringVerzenderTest {

    @Autowired
    HerinneringVerzender verzender;
    @Autowired
    HerinneringOpzet opzet;
    @Autowired
    TestGegevens gegevens;
    @Autowired
    UitvraagFixture uitvraagFixture;
    @Autowired
    UitvraagService uitvragen;
    @Autowired
    GebruikerRepository gebruikers;
    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void logUit() {
        gegevens.logUit();
    }

    /** Runs the job every day from {@code van} to {@code tot} and lists the days {@code email} got a reminder. */
    private List<LocalDate> dagenMetHerinnering(String email, LocalDate van, LocalDate tot) {
        List<LocalDate> dagen = new ArrayList<>();
        for (LocalDate dag = van; !dag.isAfter(tot); dag = dag.plusDays(1)) {
            int voor = opzet.herinneringenAan(email).size();
            verzender.verstuur(dag);
            if (opzet.herinneringenAan(email).size() > voor) {
                dagen.add(dag);
            }
        }
        return dagen;
    }

    @Test
    void anOrganisationThatDoesNotSubmitGetsRemindersFourteenAndThreeDaysBeforeThenWeeklyAtMostFive() {
        Ronde ronde = opzet.ronde(2092, 1);
        String email = ronde.deelnemers().getFirst().email();
        LocalDate d = ronde.deadline();

        assertThat(dagenMetHerinnering(email, ronde.opent(), d.plusDays(60))).containsExactly(
                d.minusDays(14), d.minusDays(3), d.plusDays(7), d.plusDays(14), d.plusDays(21));
        assertThat(opzet.herinneringenAan(email)).hasSize(5)
                .allMatch(o -> o.equals("Herinnering: uitvraag 2092 van " + ronde.deelnemers().getFirst().organisatie().getNaam()));
        String tekst = opzet.laatsteTekstAan(email);
        assertThat(tekst).contains("Beste Anna de Vries", "De uiterste datum is 01-03-2092 (verlopen)",
                "http://localhost:8080/uitvraag");
    }

    @Test
    void theMailSaysHowManyDaysAreLeft() {
        Ronde ronde = opzet.ronde(2093, 1);
        String email = ronde.deelnemers().getFirst().email();

        verzender.verstuur(ronde.deadline().minusDays(3));

        assertThat(opzet.laatsteTekstAan(email)).contains("De uiterste datum is 01-03-2093 (nog 3 dagen)");
    }

    @Test
    void aSubmittedUitvraagGetsNoReminderAndOnceReopenedItGetsTheNextOne() {
        var ingediend = uitvraagFixture.ingediend(2094, false, Map.of());
        String email = HerinneringOpzet.adres();
        gebruikers.findByGebruikersnaam(ingediend.respondent()).ifPresent(g -> {
            g.setEmail(email.toUpperCase());
            gebruikers.save(g);
        });
        jdbc.update("insert into contactpersoon (organisatie_id, naam, email, rol) values (?, 'Bert Jansen', ?, 'directeur')",
                ingediend.organisatie().getId(), email);
        LocalDate deadline = LocalDate.of(2094, 10, 31);

        assertThat(dagenMetHerinnering(email, LocalDate.of(2094, 9, 1), deadline.plusDays(8))).isEmpty();

        gegevens.logIn(ingediend.agendahouder());
        uitvragen.heropen(ingediend.uitvraagId(), "Vraag 3 graag aanvullen");

        assertThat(dagenMetHerinnering(email, deadline.plusDays(9), deadline.plusDays(14)))
                .containsExactly(deadline.plusDays(9), deadline.plusDays(14));
    }

    @Test
    void anUitvraagWithADeadlineOfItsOwnIsRemindedByThatDeadline() {
        Ronde ronde = opzet.ronde(2095, 2);
        Deelnemer eigen = ronde.deelnemers().get(0);
        Deelnemer gewoon = ronde.deelnemers().get(1);
        LocalDate later = ronde.deadline().plusDays(30);
        uitvragen.verlengDeadline(eigen.uitvraagId(), later, "Nieuwe directeur");

        assertThat(dagenMetHerinnering(eigen.email(), ronde.opent(), later.minusDays(1)))
                .containsExactly(later.minusDays(14), later.minusDays(3));
        assertThat(opzet.herinneringenAan(gewoon.email())).hasSize(5);
        assertThat(opzet.laatsteTekstAan(eigen.email())).contains("De uiterste datum is 31-03-2095 (nog 3 dagen)");
    }

    @Test
    void aReminderMissedWhileTheJobDidNotRunIsSentOnceNotOncePerMissedMoment() {
        Ronde ronde = opzet.ronde(2096, 1);
        String email = ronde.deelnemers().getFirst().email();
        LocalDate d = ronde.deadline();

        assertThat(verzender.verstuur(d.plusDays(20))).isEqualTo(1);
        assertThat(verzender.verstuur(d.plusDays(20))).isZero();
        verzender.verstuur(d.plusDays(21));

        assertThat(opzet.herinneringenAan(email)).hasSize(2);
    }

    @Test
    void eachAddressGetsOneReminderWhateverItsCaseAndOnlyActiveRespondentsAndContactsWithAnAddressGetOne() {
        Ronde ronde = opzet.ronde(2097, 2);
        Deelnemer deelnemer = ronde.deelnemers().get(0);
        long organisatieId = deelnemer.organisatie().getId();
        jdbc.update("insert into contactpersoon (organisatie_id, naam, email, rol) values (?, 'Zonder adres', null, null)",
                organisatieId);
        String respondent = gegevens.respondent(deelnemer.organisatie());
        Gebruiker actief = gebruikers.findByGebruikersnaam(respondent).orElseThrow();
        actief.setEmail(deelnemer.email().toUpperCase());
        gebruikers.save(actief);
        String tweede = HerinneringOpzet.adres();
        Gebruiker gestopt = gebruikers.findByGebruikersnaam(gegevens.respondent(deelnemer.organisatie())).orElseThrow();
        gestopt.setEmail(tweede);
        gestopt.zetActief(false);
        gebruikers.save(gestopt);
        jdbc.update("delete from contactpersoon where organisatie_id = ?", ronde.deelnemers().get(1).organisatie().getId());

        int verstuurd = verzender.verstuur(ronde.deadline().minusDays(3));

        assertThat(opzet.herinneringenAan(deelnemer.email())).hasSize(1);
        assertThat(opzet.herinneringenAan(tweede)).isEmpty();
        assertThat(verstuurd).isEqualTo(1);
        assertThat(jdbc.queryForObject("select count(*) from herinnering where uitvraag_id = ?", Integer.class,
                ronde.deelnemers().get(1).uitvraagId())).isZero();
    }
}
