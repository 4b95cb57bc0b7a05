package nl.gezin1plan.monitor.herinnering;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import nl.gezin1plan.monitor.TestGegevens;
import nl.gezin1plan.monitor.organisatie.Gemeente;
import nl.gezin1plan.monitor.organisatie.Organisatie;
import nl.gezin1plan.monitor.organisatie.OrganisatieRepository;
import nl.gezin1plan.monitor.organisatie.OrganisatieType;
import nl.gezin1plan.monitor.uitvraag.UitvraagRondeService;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * A round of its own (1 January to a deadline on 1 March of {@code jaar}) for a new gemeente, with organisations that
 * each have one contact person with an address of their own; and what the outbox holds for an address.
 */
@Component
class HerinneringOpzet {

    record Ronde(int jaar, LocalDate opent, LocalDate deadline, Gemeente gemeente, String agendahouder,
                 List<Deelnemer> deelnemers) {
    }

    record Deelnemer(Organisatie organisatie, String email, long uitvraagId) {
    }

    private final TestGegevens gegevens;
    private final OrganisatieRepository organisaties;
    private final UitvraagRondeService rondes;
    private final JdbcTemplate jdbc;

    HerinneringOpzet(TestGegevens gegevens, OrganisatieRepository organisaties, UitvraagRondeService rondes,
                     JdbcTemplate jdbc) {
        this.gegevens = gegevens;
        this.organisaties = organisaties;
        this.rondes = rondes;
        this.jdbc = jdbc;
    }

    /** Opens the round as a new agendahouder, who stays logged in. */
    Ronde ronde(int jaar, int aantal) {
        Gemeente gemeente = gegevens.gemeente();
        List<Organisatie> lijst = new ArrayList<>();
        for (int i = 0; i < aantal; i++) {
            lijst.add(organisatie(gemeente));
        }
        String agendahouder = gegevens.agendahouder(gemeente);
        gegevens.logIn(agendahouder);
        LocalDate opent = LocalDate.of(jaar, 1, 1);
        LocalDate deadline = LocalDate.of(jaar, 3, 1);
        rondes.openRonde(jaar, opent, deadline);
        List<Deelnemer> deelnemers = lijst.stream().map(o -> new Deelnemer(o,
                o.getContactpersonen().getFirst().getEmail(), uitvraagId(jaar, o))).toList();
        return new Ronde(jaar, opent, deadline, gemeente, agendahouder, deelnemers);
    }

    Organisatie organisatie(Gemeente gemeente) {
        Organisatie organisatie = new Organisatie(TestGegevens.uniek("Herinnerorganisatie"), null,
                OrganisatieType.JEUGDHULP, false, Set.of(gemeente));
        organisatie.voegContactpersoonToe("Anna de Vries", adres(), "contractmanager");
        return organisaties.save(organisatie);
    }

    static String adres() {
        return TestGegevens.uniek("contact").toLowerCase() + "@organisatie.test";
    }

    long uitvraagId(int jaar, Organisatie organisatie) {
        return jdbc.queryForObject("""
                select u.id from uitvraag u join uitvraag_ronde r on r.id = u.ronde_id
                where r.jaar = ? and u.organisatie_id = ?""", Long.class, jaar, organisatie.getId());
    }

    /** The subjects of the reminders in the outbox for this address (case-insensitive), oldest first. */
    List<String> herinneringenAan(String email) {
        return jdbc.queryForList("""
                select onderwerp from uitgaande_mail where lower(ontvanger) = lower(?) and onderwerp like 'Herinnering:%'
                order by id""", String.class, email);
    }

    String laatsteTekstAan(String email) {
        return jdbc.queryForObject("""
                select tekst from uitgaande_mail where lower(ontvanger) = lower(?) order by id desc limit 1""",
                String.class, email);
    }
}
