package nl.gezin1plan.monitor.uitnodiging;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.gezin1plan.monitor.TestGegevens;
import nl.gezin1plan.monitor.organisatie.Gemeente;
import nl.gezin1plan.monitor.organisatie.Organisatie;
import nl.gezin1plan.monitor.organisatie.OrganisatieRepository;
import nl.gezin1plan.monitor.organisatie.OrganisatieType;
import nl.gezin1plan.monitor.uitvraag.UitvraagRondeService;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Organisations with contact persons of their own, rounds opened for them, and the links read from the outbox. */
@Component
public class UitnodigingFixture {

    private static final Pattern LINK = Pattern.compile("/uitnodiging/([A-Za-z0-9_-]{43})");

    private final TestGegevens gegevens;
    private final OrganisatieRepository organisaties;
    private final UitvraagRondeService rondes;
    private final JdbcTemplate jdbc;
    private final Clock clock;

    UitnodigingFixture(TestGegevens gegevens, OrganisatieRepository organisaties, UitvraagRondeService rondes,
                       JdbcTemplate jdbc, Clock clock) {
        this.gegevens = gegevens;
        this.organisaties = organisaties;
        this.rondes = rondes;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public static String adres(String naam) {
        return TestGegevens.uniek(naam).toLowerCase() + "@organisatie.test";
    }

    /** An organisation of this gemeente with these contact persons, each {naam, e-mail or null}. */
    public Organisatie organisatie(Gemeente gemeente, String[]... contacten) {
        Organisatie organisatie = new Organisatie(TestGegevens.uniek("Testorganisatie"), null, OrganisatieType.JEUGDHULP,
                false, Set.of(gemeente));
        for (String[] contact : contacten) {
            organisatie.voegContactpersoonToe(contact[0], contact[1], "Contactpersoon");
        }
        return organisaties.save(organisatie);
    }

    /** Opens the round of {@code jaar} as this user: deadline six weeks from today. */
    public void openRonde(String gebruikersnaam, int jaar) {
        gegevens.logIn(gebruikersnaam);
        LocalDate vandaag = LocalDate.now(clock);
        rondes.openRonde(jaar, vandaag, vandaag.plusWeeks(6));
        gegevens.logUit();
    }

    public List<String> mailsAan(String adres) {
        return jdbc.queryForList("select tekst from uitgaande_mail where ontvanger = ? order by id", String.class, adres);
    }

    /** The code in the newest invitation mail to this address. */
    public String code(String adres) {
        List<String> mails = mailsAan(adres);
        Matcher matcher = LINK.matcher(mails.getLast());
        if (!matcher.find()) {
            throw new AssertionError("Geen link in de mail aan " + adres);
        }
        return matcher.group(1);
    }

    /** Lets every invitation to this address expire, as if its days had passed. */
    void laatVerlopen(String adres) {
        jdbc.update("update uitnodiging set verloopt = aangemaakt - interval '1 second' where email = ?", adres);
    }
}
