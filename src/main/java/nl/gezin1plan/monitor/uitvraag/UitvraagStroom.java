package nl.gezin1plan.monitor.uitvraag;

import java.sql.Array;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import nl.gezin1plan.monitor.base.Zoekpatroon;
import nl.gezin1plan.monitor.organisatie.OrganisatieSql;
import nl.gezin1plan.monitor.organisatie.ScopeVoorwaarde;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Reads a year's uitvragen with their answers as one forward-only stream of rows, in name order, without
 * loading entities: for exports over tens of thousands of organisations in constant memory. Plain SQL that
 * PostgreSQL and H2 both run.
 */
@Component
public class UitvraagStroom {

    private static final String UIT_WAAR = """
            from uitvraag u
            join uitvraag_ronde r on r.id = u.ronde_id
            join\s""" + OrganisatieSql.KENMERKEN + """
             o on o.id = u.organisatie_id
            """;

    private static final String FILTERS = """
            where r.jaar = ?
              and """ + ScopeVoorwaarde.sql("o.id") + """
              and (cast(? as varchar(20)) is null or u.status = ?)
              and (cast(? as varchar(300)) is null or lower(o.naam) like ? escape '\\')
            """;

    /**
     * One row per uitvraag, its answers aggregated by the database into two parallel arrays (question keys and
     * values), so the rows on the wire are as many as the organisations, not as many as the answers. The benchmark
     * runs this same text through PostgreSQL's COPY to compare.
     */
    public static final String RIJEN = """
            select u.id as uitvraag_id, o.id as organisatie_id, o.naam, o.kvk_nummer, o.werkt_met_jeugd, u.status,
                   u.ingediend_op, coalesce(u.eigen_deadline, r.deadline) as deadline, r.definitie_id,
                   array_agg(a.vraag order by a.vraag) filter (where a.vraag is not null) as vragen,
                   array_agg(a.waarde order by a.vraag) filter (where a.vraag is not null) as waarden
            """ + UIT_WAAR + """
            left join antwoord a on a.uitvraag_id = u.id
            """ + FILTERS + """
            group by u.id, o.id, o.naam, o.kvk_nummer, o.werkt_met_jeugd, u.status, u.ingediend_op, u.eigen_deadline,
                     r.deadline, r.definitie_id
            order by o.naam, o.id
            """;

    /** The kept results of the year, without answers: a narrow row per uitvraag. */
    public static final String VASTGELEGD = """
            select u.id, o.id, u.status, u.procent_beantwoord
            """ + UIT_WAAR + FILTERS;

    private final JdbcTemplate jdbc;
    private final UitvraagDefinitieRepository definities;
    private final UitvraagInhoudLezer lezer;

    UitvraagStroom(javax.sql.DataSource dataSource, UitvraagDefinitieRepository definities, UitvraagInhoudLezer lezer) {
        this.jdbc = new JdbcTemplate(dataSource);
        this.jdbc.setFetchSize(2_000);
        this.definities = definities;
        this.lezer = lezer;
    }

    /** The stands of the year in name order; the caller must close the stream (try-with-resources). */
    Stream<UitvraagStand> stroom(int jaar, ScopeVoorwaarde scope, UitvraagFilter filter) {
        Map<Long, UitvraagInhoud> inhoud = new HashMap<>();
        Stream<UitvraagStand> standen = jdbc.queryForStream(RIJEN, (rs, i) -> {
            Object[] vragen = reeks(rs.getArray(10));
            Object[] waarden = reeks(rs.getArray(11));
            Map<String, String> antwoorden = LinkedHashMap.newLinkedHashMap(vragen.length);
            for (int k = 0; k < vragen.length; k++) {
                antwoorden.put((String) vragen[k], (String) waarden[k]);
            }
            UitvraagInhoud vragenlijst = inhoud.computeIfAbsent(rs.getLong(9),
                    id -> lezer.van(definities.findById(id).orElseThrow()));
            Timestamp ingediend = rs.getTimestamp(7);
            return new UitvraagStand(rs.getLong(1), jaar, rs.getLong(2), rs.getString(3), rs.getString(4),
                    rs.getBoolean(5), UitvraagStatus.valueOf(rs.getString(6)),
                    ingediend == null ? null : ingediend.toInstant(), rs.getObject(8, LocalDate.class), vragenlijst,
                    antwoorden);
        }, parameters(jaar, scope, filter));
        return standen;
    }

    /** The kept share answered of every uitvraag of the year, in no particular order. */
    /** The ids of the year's uitvragen within the scope and filter, in no particular order. */
    List<Long> ids(int jaar, ScopeVoorwaarde scope, UitvraagFilter filter) {
        return jdbc.queryForList("select u.id " + UIT_WAAR + FILTERS, Long.class, parameters(jaar, scope, filter));
    }

    List<VastgelegdeRegel> vastgelegd(int jaar, ScopeVoorwaarde scope, UitvraagFilter filter) {
        return jdbc.query(VASTGELEGD, (rs, i) -> new VastgelegdeRegel(rs.getLong(1), rs.getLong(2),
                UitvraagStatus.valueOf(rs.getString(3)), rs.getObject(4, Integer.class)),
                parameters(jaar, scope, filter));
    }

    private static Object[] parameters(int jaar, ScopeVoorwaarde scope, UitvraagFilter filter) {
        String status = filter.status() == null ? null : filter.status().name();
        String zoek = Zoekpatroon.bevat(filter.zoek());
        Object[] s = scope.sqlParameters();
        return new Object[] {jaar, s[0], s[1], s[2], s[3], status, status, zoek, zoek};
    }

    private static Object[] reeks(Array array) throws SQLException {
        return array == null ? new Object[0] : (Object[]) array.getArray();
    }
}
