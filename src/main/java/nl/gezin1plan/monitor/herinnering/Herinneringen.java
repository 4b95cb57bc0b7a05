package nl.gezin1plan.monitor.herinnering;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;
import nl.gezin1plan.monitor.mail.MailService;
import nl.gezin1plan.monitor.organisatie.PersonenVoorTaken;
import nl.gezin1plan.monitor.uitvraag.UitvragenVoorTaken;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The reminders sent, and what the job reads to decide the next ones. The uitvragen, rounds, contact persons and
 * respondents come from the owning modules' components for jobs ({@link UitvragenVoorTaken}, {@link PersonenVoorTaken}):
 * the job runs without a logged-in user, and those modules' services all work within one. Only the reminders and
 * schedules are read here as rows.
 */
@Repository
class Herinneringen {

    private static final int BLOK = 1_000;

    /** An uitvraag that is not submitted, with its effective deadline, its round's schedule and what it was sent. */
    record Kandidaat(long uitvraagId, long organisatieId, String organisatie, int jaar, LocalDate opent,
                     LocalDate deadline, Momenten momenten, int verstuurd, LocalDate laatste) {
    }

    record Ontvanger(String naam, String email) {
    }

    record Ronde(long id, LocalDate opent, LocalDate deadline, String geopendDoor) {
    }

    private record Verstuurd(int aantal, LocalDate laatste, Instant laatsteOp) {
    }

    private final JdbcClient jdbc;
    private final UitvragenVoorTaken uitvragen;
    private final PersonenVoorTaken personen;

    Herinneringen(DataSource dataSource, UitvragenVoorTaken uitvragen, PersonenVoorTaken personen) {
        this.jdbc = JdbcClient.create(dataSource);
        this.uitvragen = uitvragen;
        this.personen = personen;
    }

    /**
     * The uitvragen not submitted of rounds of {@code vanafJaar} and later that have opened by {@code vandaag}
     * ({@link HerinneringVerzender#wordtNagejaagd}).
     */
    List<Kandidaat> kandidaten(int vanafJaar, LocalDate vandaag) {
        List<UitvragenVoorTaken.OpenUitvraag> open = uitvragen.nietIngediend(vanafJaar, vandaag);
        if (open.isEmpty()) {
            return List.of();
        }
        Map<Long, Momenten> schemas = new HashMap<>();
        jdbc.sql("select ronde_id, dagen_voor, herhaal_dagen, maximum from herinnering_schema")
                .query((ResultSet rs) -> {
                    schemas.put(rs.getLong("ronde_id"), momenten(rs));
                });
        Map<Long, Verstuurd> verstuurd = verstuurd(open.stream().map(UitvragenVoorTaken.OpenUitvraag::uitvraagId).toList());
        return open.stream().map(u -> {
            Verstuurd eerder = verstuurd.getOrDefault(u.uitvraagId(), new Verstuurd(0, null, null));
            return new Kandidaat(u.uitvraagId(), u.organisatieId(), u.organisatie(), u.jaar(), u.opent(), u.deadline(),
                    schemas.getOrDefault(u.rondeId(), Momenten.STANDAARD), eerder.aantal(), eerder.laatste());
        }).toList();
    }

    Optional<Ronde> ronde(int jaar) {
        return uitvragen.ronde(jaar).map(r -> new Ronde(r.id(), r.opent(), r.deadline(), r.geopendDoor()));
    }

    private static Momenten momenten(ResultSet rs) throws SQLException {
        if (rs.getString("dagen_voor") == null) {
            return Momenten.STANDAARD;
        }
        return HerinneringSchema.momenten(rs.getString("dagen_voor"), rs.getInt("herhaal_dagen"), rs.getInt("maximum"));
    }

    /** How many reminders each of these uitvragen got, and when the last: by moment and by sending time. */
    private Map<Long, Verstuurd> verstuurd(List<Long> uitvraagIds) {
        Map<Long, Verstuurd> verstuurd = new HashMap<>();
        for (int van = 0; van < uitvraagIds.size(); van += BLOK) {
            jdbc.sql("""
                    select uitvraag_id, count(*) aantal, max(moment) laatste, max(verstuurd_op) laatste_op
                    from herinnering where uitvraag_id in (:ids) group by uitvraag_id""")
                    .param("ids", uitvraagIds.subList(van, Math.min(van + BLOK, uitvraagIds.size())))
                    .query((ResultSet rs) -> {
                        verstuurd.put(rs.getLong("uitvraag_id"), new Verstuurd(rs.getInt("aantal"),
                                rs.getObject("laatste", LocalDate.class), rs.getTimestamp("laatste_op").toInstant()));
                    });
        }
        return verstuurd;
    }

    /**
     * Locks the uitvraag until the transaction ends and tells whether it is still not submitted; a submission in
     * progress is waited for, so that nobody who just submitted gets a reminder.
     */
    boolean nogNietIngediend(long uitvraagId) {
        return uitvragen.vergrendelAlsNietIngediend(uitvraagId);
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
        Map<String, Ontvanger> uniek = new LinkedHashMap<>();
        personen.adressenVan(organisatieId).stream().filter(a -> MailService.isGeldigAdres(a.email()))
                .forEach(a -> uniek.putIfAbsent(a.email().toLowerCase(Locale.ROOT), new Ontvanger(a.naam(), a.email())));
        return List.copyOf(uniek.values());
    }

    /** When each organisation of the year's round last got a reminder; only those working for the gemeente when given. */
    Map<Long, Instant> laatste(int jaar, Long gemeenteId) {
        Map<Long, Long> organisaties = uitvragen.organisatiesVan(jaar, gemeenteId);
        Map<Long, Instant> laatste = new LinkedHashMap<>();
        verstuurd(List.copyOf(organisaties.keySet())).forEach((uitvraagId, verstuurd) -> laatste.merge(
                organisaties.get(uitvraagId), verstuurd.laatsteOp(), (a, b) -> a.isAfter(b) ? a : b));
        return laatste;
    }
}
