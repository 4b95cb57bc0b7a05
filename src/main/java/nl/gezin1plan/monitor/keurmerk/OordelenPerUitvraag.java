package nl.gezin1plan.monitor.keurmerk;

import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.SqlArrayValue;
import org.springframework.stereotype.Component;

/**
 * The gemeente's judgements on a set of uitvragen (a page, a batch, or a year's within the caller's scope as the
 * uitvraag module gives them), by uitvraag and criterium: one query with the ids as one array, whatever their number.
 * Keurmerk reads only its own table and never asks uitvraag's which uitvragen belong to a year. Plain JDBC: mapped to
 * entities through Hibernate, the export of 50,000 rows peaked at 250–334 MB of heap instead of 138 MB.
 */
@Component
class OordelenPerUitvraag {

    private final JdbcTemplate jdbc;

    OordelenPerUitvraag(DataSource dataSource) {
        this.jdbc = new JdbcTemplate(dataSource);
    }

    Map<Long, Map<String, CriteriumUitslag.Oordeel>> van(List<Long> uitvraagIds) {
        Map<Long, Map<String, CriteriumUitslag.Oordeel>> oordelen = new HashMap<>();
        if (uitvraagIds.isEmpty()) {
            return oordelen;
        }
        jdbc.query("""
                select uitvraag_id, criterium, resultaat, reden, door, op from keurmerk_oordeel
                where uitvraag_id = any(cast(? as bigint array))""", rs -> {
            oordelen.computeIfAbsent(rs.getLong(1), id -> new HashMap<>()).put(rs.getString(2),
                    new CriteriumUitslag.Oordeel(Uitkomst.valueOf(rs.getString(3)), rs.getString(4), rs.getString(5),
                            rs.getObject(6, OffsetDateTime.class).toInstant()));
        }, new SqlArrayValue("bigint", uitvraagIds.toArray()));
        return oordelen;
    }
}
