package nl.gezin1plan.monitor.keurmerk;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import nl.gezin1plan.monitor.uitvraag.UitvraagStandenBijgewerkt;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.SqlArrayValue;
import org.springframework.stereotype.Component;

/**
 * Keeps the keurmerk of each uitvraag, overall and per criterion, so that overviews over years read it instead of
 * evaluating every answer again. Listens synchronously to {@link UitvraagStandenBijgewerkt}, so the result changes in
 * the transaction that changed the answers; a judgement is kept by {@link KeurmerkService} itself.
 */
@Component
class KeurmerkVastlegging {

    private static final int BLOK = 1_000;

    private static final String VOLDAAN_POSTGRES = """
            select c.criterium, count(*) from unnest(cast(? as bigint array)) as i(id)
            cross join lateral (select k.criterium from keurmerk_uitslag k
                                where k.uitvraag_id = i.id and k.uitkomst = 'VOLDAAN' offset 0) c
            group by c.criterium""";
    private static final String VOLDAAN_H2 = """
            select k.criterium, count(*) from unnest(cast(? as bigint array)) as i(id)
            join keurmerk_uitslag k on k.uitvraag_id = i.id
            where k.uitkomst = 'VOLDAAN' group by k.criterium""";

    private final KeurmerkBerekening berekening;
    private final JdbcTemplate jdbc;
    private volatile Boolean postgres;

    KeurmerkVastlegging(KeurmerkBerekening berekening, DataSource dataSource) {
        this.berekening = berekening;
        this.jdbc = new JdbcTemplate(dataSource);
    }

    @EventListener
    void bij(UitvraagStandenBijgewerkt bijgewerkt) {
        leg(berekening.uitslagen(bijgewerkt.standen()));
    }

    /**
     * Replaces the kept result of each of these uitvragen. The rows go as arrays, one statement per table for the
     * lot: a round opening or the fill at start-up writes a row per criterion for thousands of uitvragen, and one
     * round trip, or one statement text with thousands of parameters, per row would make it markedly slower.
     * Deleting a total takes its criteria with it (foreign key on delete cascade).
     */
    void leg(Map<Long, KeurmerkUitslag> uitslagen) {
        if (uitslagen.isEmpty()) {
            return;
        }
        List<Long> ids = new ArrayList<>(uitslagen.size());
        List<String> totalen = new ArrayList<>(uitslagen.size());
        List<Long> criteriumIds = new ArrayList<>();
        List<String> criteria = new ArrayList<>();
        List<String> uitkomsten = new ArrayList<>();
        uitslagen.forEach((id, uitslag) -> {
            ids.add(id);
            totalen.add(uitslag.totaal().name());
            uitslag.criteria().forEach(c -> {
                criteriumIds.add(id);
                criteria.add(c.criterium().sleutel());
                uitkomsten.add(c.uitkomst().name());
            });
        });
        jdbc.update("delete from keurmerk_totaal where uitvraag_id = any(cast(? as bigint array))", reeks("bigint", ids));
        jdbc.update("""
                insert into keurmerk_totaal (uitvraag_id, uitkomst)
                select * from unnest(cast(? as bigint array), cast(? as varchar(20) array))""",
                reeks("bigint", ids), reeks("varchar", totalen));
        jdbc.update("""
                insert into keurmerk_uitslag (uitvraag_id, criterium, uitkomst)
                select * from unnest(cast(? as bigint array), cast(? as varchar(20) array), cast(? as varchar(20) array))""",
                reeks("bigint", criteriumIds), reeks("varchar", criteria), reeks("varchar", uitkomsten));
    }

    private static SqlArrayValue reeks(String type, List<?> waarden) {
        return new SqlArrayValue(type, waarden.toArray());
    }

    /**
     * The kept result of each of these uitvragen that has one, by uitvraag id: two queries per thousand, each by its
     * table's key (a join let PostgreSQL scan every criterion row once per thousand).
     */
    Map<Long, Vastgelegd> lees(List<Long> uitvraagIds, boolean metCriteria) {
        Map<Long, Vastgelegd> gelezen = new HashMap<>();
        for (int van = 0; van < uitvraagIds.size(); van += BLOK) {
            Object[] blok = uitvraagIds.subList(van, Math.min(van + BLOK, uitvraagIds.size())).toArray();
            String ids = String.join(", ", Collections.nCopies(blok.length, "?"));
            jdbc.query("select uitvraag_id, uitkomst from keurmerk_totaal where uitvraag_id in (%s)".formatted(ids),
                    rs -> {
                        gelezen.put(rs.getLong(1), new Vastgelegd(Uitkomst.valueOf(rs.getString(2)), new LinkedHashMap<>()));
                    }, blok);
            if (!metCriteria) {
                continue;
            }
            jdbc.query("""
                    select uitvraag_id, criterium, uitkomst from keurmerk_uitslag where uitvraag_id in (%s)
                    order by uitvraag_id, criterium""".formatted(ids), rs -> {
                Vastgelegd v = gelezen.get(rs.getLong(1));
                if (v != null) {
                    v.criteria().put(rs.getString(2), Uitkomst.valueOf(rs.getString(3)));
                }
            }, blok);
        }
        return gelezen;
    }

    /**
     * Per criterion, how many of these uitvragen meet it by their kept result: counted by the database, the ids
     * going as one array, each looked up by the key. PostgreSQL, left to itself, reads the whole table instead (its
     * default cost of a random read is that of a spinning disk: about 140 ms against 20 ms for 5,000 uitvragen among
     * 350,000 criterion rows), so there the lookup per id is made explicit; H2 knows no LATERAL and looks up by the key
     * of its own accord.
     */
    Map<String, Long> telVoldaan(List<Long> uitvraagIds) {
        Map<String, Long> voldaan = new HashMap<>();
        if (!uitvraagIds.isEmpty()) {
            jdbc.query(isPostgres() ? VOLDAAN_POSTGRES : VOLDAAN_H2,
                    rs -> {
                        voldaan.put(rs.getString(1), rs.getLong(2));
                    }, reeks("bigint", uitvraagIds));
        }
        return voldaan;
    }

    private boolean isPostgres() {
        if (postgres == null) {
            postgres = jdbc.execute((ConnectionCallback<Boolean>) verbinding ->
                    verbinding.getMetaData().getDatabaseProductName().equals("PostgreSQL"));
        }
        return postgres;
    }

    /** One uitvraag's kept keurmerk. */
    record Vastgelegd(Uitkomst totaal, Map<String, Uitkomst> criteria) {

        static Vastgelegd van(KeurmerkUitslag uitslag) {
            Map<String, Uitkomst> criteria = new LinkedHashMap<>();
            uitslag.criteria().forEach(c -> criteria.put(c.criterium().sleutel(), c.uitkomst()));
            return new Vastgelegd(uitslag.totaal(), criteria);
        }
    }
}
