package nl.gezin1plan.monitor.account;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.gezin1plan.monitor.TestGegevens;
import nl.gezin1plan.monitor.audit.AuditFilter;
import nl.gezin1plan.monitor.audit.AuditRegel;
import nl.gezin1plan.monitor.audit.AuditService;
import nl.gezin1plan.monitor.organisatie.Rol;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** People with an e-mail address for the account tests, the reset links in their outbox, and their audit lines. */
@Component
class HerstelTestGegevens {

    private static final Pattern LINK = Pattern.compile("/wachtwoord-herstellen/([A-Za-z0-9_-]{43})");

    private final TestGegevens gegevens;
    private final JdbcTemplate jdbc;
    private final AuditService audit;
    private final HerstelVerwerking verwerking;

    HerstelTestGegevens(TestGegevens gegevens, JdbcTemplate jdbc, AuditService audit, HerstelVerwerking verwerking) {
        this.gegevens = gegevens;
        this.jdbc = jdbc;
        this.audit = audit;
        this.verwerking = verwerking;
    }

    /**
     * Runs the background step until every request is handled. The scheduled run may hold a request at the same
     * moment (a claimed row is skipped), so this waits until the database has none left.
     */
    void verwerkAlles() {
        long einde = System.currentTimeMillis() + 20_000;
        do {
            verwerking.verwerkWachtende();
            if (jdbc.queryForObject("select count(*) from wachtwoord_herstel where verwerkt is null", Long.class) == 0) {
                return;
            }
            Thread.onSpinWait();
        } while (System.currentTimeMillis() < einde);
        throw new AssertionError("Verzoeken bleven onverwerkt");
    }

    /** A new accountmanager with password "test" and an e-mail address of their own; answers the user name. */
    String persoon() {
        String naam = gegevens.regionaal(Rol.ACCOUNTMANAGER);
        jdbc.update("update gebruiker set email = ? where gebruikersnaam = ?", email(naam), naam);
        return naam;
    }

    static String email(String gebruikersnaam) {
        return gebruikersnaam + "@example.nl";
    }

    /** The reset links in the outbox for this person, oldest first. */
    List<String> links(String gebruikersnaam) {
        return jdbc.queryForList("select tekst from uitgaande_mail where ontvanger = ? order by id", String.class,
                email(gebruikersnaam)).stream().map(LINK::matcher).filter(Matcher::find).map(m -> m.group(1)).toList();
    }

    Optional<String> nieuwsteLink(String gebruikersnaam) {
        List<String> links = links(gebruikersnaam);
        return links.isEmpty() ? Optional.empty() : Optional.of(links.getLast());
    }

    List<AuditRegel> audit(String gebruikersnaam) {
        gegevens.logIn(gegevens.regionaal(Rol.BEHEERDER));
        try {
            return audit.zoek(new AuditFilter(null, gebruikersnaam, null, null), 0, 100);
        } finally {
            gegevens.logUit();
        }
    }
}
