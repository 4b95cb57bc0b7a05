package nl.gezin1plan.monitor.organisatie;

import java.util.List;
import javax.sql.DataSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Whom background jobs (reminders, weekly digests) write to. A job runs without a logged-in user, so nothing here
 * checks a scope: for jobs only, never for a view or anything a user calls.
 */
@Component
public class PersonenVoorTaken {

    /** {@code email} trimmed; it is not checked to be a valid address. */
    public record Adres(String naam, String email) {
    }

    /** An active staff member (not a respondent); {@code wilWeekoverzicht}: chose the digest and has an e-mail address. */
    public record Medewerker(long id, String gebruikersnaam, String naam, String email, Rol rol, Long gemeenteId,
                             Long afdelingId, boolean wilWeekoverzicht) {
    }

    private final JdbcClient jdbc;

    PersonenVoorTaken(DataSource dataSource) {
        this.jdbc = JdbcClient.create(dataSource);
    }

    /**
     * The organisation's contact persons with an e-mail address, then its active respondents with one, each in the
     * order they were added.
     */
    @Transactional(readOnly = true)
    public List<Adres> adressenVan(long organisatieId) {
        return jdbc.sql("""
                select naam, trim(email) email, 1 bron, id from contactpersoon
                where organisatie_id = :organisatie and email is not null and trim(email) <> ''
                union all
                select naam, trim(email) email, 2 bron, id from gebruiker
                where organisatie_id = :organisatie and rol = 'ORGANISATIE' and actief = true
                  and email is not null and trim(email) <> ''
                order by bron, id""")
                .param("organisatie", organisatieId)
                .query((rs, i) -> new Adres(rs.getString("naam"), rs.getString("email"))).list();
    }

    /** Every active user who is not a respondent, in the order they were added. */
    @Transactional(readOnly = true)
    public List<Medewerker> actieveMedewerkers() {
        return jdbc.sql("""
                select id, gebruikersnaam, naam, trim(email) email, rol, gemeente_id, afdeling_id,
                       weekoverzicht and email is not null and trim(email) <> '' wil
                from gebruiker where actief = true and rol <> 'ORGANISATIE' order by id""")
                .query((rs, i) -> new Medewerker(rs.getLong("id"), rs.getString("gebruikersnaam"), rs.getString("naam"),
                        rs.getString("email"), Rol.valueOf(rs.getString("rol")), rs.getObject("gemeente_id", Long.class),
                        rs.getObject("afdeling_id", Long.class), rs.getBoolean("wil")))
                .list();
    }
}
