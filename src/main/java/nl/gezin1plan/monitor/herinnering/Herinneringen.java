package nl.gezin1plan.monitor.herinnering;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;
import nl.gezin1plan.monitor.mail.MailService;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The reminders sent, and what the job reads to decide the next ones. It reads the uitvragen, rounds, contact persons
 * and respondents as plain rows: the job runs without a logged-in user, and those modules' services all work within
 * one.
 */
@Repository
class Herinneringen {

    /** An uitvraag that is not submitted, with its effective deadline, its round's schedule and what it was sent. */
    record Kandidaat(long uitvraagId, long organisatieId, String organisatie, int jaar, LocalDate opent,
                     LocalDate deadline, Momenten momenten, int verstuurd, LocalDate laatste) {
    }

    record Ontvanger(String naam, String email) {
    }

    record Ronde(long id, LocalDate opent, LocalDate deadline, String geopendDoor) {
    }

    private final JdbcClient jdbc;

    Herinneringen(DataSource dataSource) {
        this.jdbc = JdbcClient.create(dataSource);
    }

    /**
     * The uitvragen not submitted of rounds of {@code vanafJaar} and later that have opened by {@code vandaag}
     * ({@link HerinneringVerzender#wordtNagejaagd}).
     */
    List<Kandidaat> kandidaten(int vanafJaar, LocalDate vandaag) {
        return jdbc.sql("""
                select u.id, o.id organisatie_id, o.naam, r.jaar, r.opent_op, coalesce(u.eigen_deadline, r.deadline) deadline,
                       s.dagen_voor, s.herhaal_dagen, s.maximum,
                       (select count(*) from herinnering h where h.uitvraag_id = u.id) verstuurd,
                       (select max(h.moment) from herinnering h where h.uitvraag_id = u.id) laatste
                from uitvraag u join uitvraag_ronde r on r.id = u.ronde_id join organisatie o on o.id = u.organisatie_id
                left join herinnering_schema s on s.ronde_id = r.id
                where u.status <> 'INGEDIEND' and r.jaar >= :jaar and r.opent_op <= :vandaag
                order by u.id""")
                .param("jaar", vanafJaar).param("vandaag", vandaag)
                .query((rs, i) -> new Kandidaat(rs.getLong("id"), rs.getLong("organisatie_id"), rs.getString("naam"),
                        rs.getInt("jaar"), rs.getObject("opent_op", LocalDate.class),
                        rs.getObject("deadline", LocalDate.class), momenten(rs), rs.getInt("verstuurd"),
                        rs.getObject("laatste", LocalDate.class)))
                .list();
    }

    Optional<Ronde> ronde(int jaar) {
        return jdbc.sql("select id, opent_op, deadline, geopend_door from uitvraag_ronde where jaar = :jaar")
                .param("jaar", jaar)
                .query((rs, i) -> new Ronde(rs.getLong("id"), rs.getObject("opent_op", LocalDate.class),
                        rs.getObject("deadline", LocalDate.class), rs.getString("geopend_door")))
                .optional();
    }

    private static Momenten momenten(ResultSet rs) throws SQLException {
        if (rs.getString("dagen_voor") == null) {
            return Momenten.STANDAARD;
        }
        return HerinneringSchema.momenten(rs.getString("dagen_voor"), rs.getInt("herhaal_dagen"), rs.getInt("maximum"));
    }

    /**
     * Locks the uitvraag until the transaction ends and tells whether it is still not submitted; a submission in
     * progress is waited for, so that nobody who just submitted gets a reminder.
     */
    boolean nogNietIngediend(long uitvraagId) {
        return jdbc.sql("select status from uitvraag where id = :id for update").param("id", uitvraagId)
                .query(String.class).optional().filter(status -> !status.equals("INGEDIEND")).isPresent();
    }

    /**
     * Records the reminder unless another one has this number or moment already (sent by another instance, or by
     * this one a moment ago); true when this transaction holds it now and so must place the mail.
     */
    boolean claim(long uitvraagId, int volgnummer, LocalDate moment, Instant nu, int ontvangers) {
        return jdbc.sql("""
                insert into herinnering (uitvraag_id, volgnummer, moment, verstuurd_op, ontvangers)
                values (:uitvraag, :volgnummer, :moment, :nu, :ontvangers) on conflict do nothing""")
                .param("uitvraag", uitvraagId).param("volgnummer", volgnummer).param("moment", moment)
                .param("nu", OffsetDateTime.ofInstant(nu, ZoneOffset.UTC)).param("ontvangers", ontvangers)
                .update() == 1;
    }

    /**
     * The organisation's contact persons with a valid e-mail address and its active respondents with one, each
     * address once whatever its case; contact persons first.
     */
    List<Ontvanger> ontvangers(long organisatieId) {
        List<Ontvanger> alle = jdbc.sql("""
                select naam, trim(email) email, 1 bron, id from contactpersoon
                where organisatie_id = :organisatie and email is not null and trim(email) <> ''
                union all
                select naam, trim(email) email, 2 bron, id from gebruiker
                where organisatie_id = :organisatie and rol = 'ORGANISATIE' and actief = true
                  and email is not null and trim(email) <> ''
                order by bron, id""")
                .param("organisatie", organisatieId)
                .query((rs, i) -> new Ontvanger(rs.getString("naam"), rs.getString("email"))).list();
        Map<String, Ontvanger> uniek = new LinkedHashMap<>();
        alle.stream().filter(o -> MailService.isGeldigAdres(o.email()))
                .forEach(o -> uniek.putIfAbsent(o.email().toLowerCase(Locale.ROOT), o));
        return List.copyOf(uniek.values());
    }

    /** When each organisation of the year's round last got a reminder; only those working for the gemeente when given. */
    Map<Long, Instant> laatste(int jaar, Long gemeenteId) {
        Map<Long, Instant> laatste = new LinkedHashMap<>();
        jdbc.sql("""
                select u.organisatie_id, max(h.verstuurd_op) laatste
                from herinnering h join uitvraag u on u.id = h.uitvraag_id join uitvraag_ronde r on r.id = u.ronde_id
                where r.jaar = :jaar and (cast(:gemeente as bigint) is null or exists (select 1 from organisatie_gemeente og
                      where og.organisatie_id = u.organisatie_id and og.gemeente_id = :gemeente))
                group by u.organisatie_id""")
                .param("jaar", jaar).param("gemeente", gemeenteId)
                .query((ResultSet rs) -> {
                    laatste.put(rs.getLong("organisatie_id"), rs.getTimestamp("laatste").toInstant());
                });
        return laatste;
    }
}
