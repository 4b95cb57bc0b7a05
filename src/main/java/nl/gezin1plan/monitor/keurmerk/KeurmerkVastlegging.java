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
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Keeps the keurmerk of each uitvraag, overall and per criterion, so that overviews over years read it instead of
 * evaluating every answer again. Listens synchronously to {@link UitvraagStandenBijgewerkt}, so the result changes in
 * the transaction that changed the answers; a judgement is kept by {@link KeurmerkService} itself.
 */
@Component
class KeurmerkVastlegging {

    private static final int BLOK = 1_000;

    private final KeurmerkBerekening berekening;
    private final JdbcTemplate jdbc;

    KeurmerkVastlegging(KeurmerkBerekening berekening, DataSource dataSource) {
        this.berekening = berekening;
        this.jdbc = new JdbcTemplate(dataSource);
    }

    @EventListener
    void bij(UitvraagStandenBijgewerkt bijgewerkt) {
        leg(berekening.uitslagen(bijgewerkt.standen()));
    }

    /**
     * Replaces the kept result of each of these uitvragen. Several rows per statement: a round opening writes a row
     * per criterion for thousands of uitvragen, and one round trip per row would make it markedly slower.
     */
    void leg(Map<Long, KeurmerkUitslag> uitslagen) {
        if (uitslagen.isEmpty()) {
            return;
        }
        List<Object> ids = new ArrayList<>(uitslagen.size());
        List<Object> totalen = new ArrayList<>(2 * uitslagen.size());
        List<Object> criteria = new ArrayList<>();
        uitslagen.forEach((id, uitslag) -> {
            ids.add(id);
            totalen.addAll(List.of(id, uitslag.totaal().name()));
            uitslag.criteria().forEach(c -> criteria.addAll(List.of(id, c.criterium().sleutel(), c.uitkomst().name())));
        });
        perBlok(ids, 1, "delete from keurmerk_uitslag where uitvraag_id in (%s)", "?");
        perBlok(ids, 1, "delete from keurmerk_totaal where uitvraag_id in (%s)", "?");
        perBlok(totalen, 2, "insert into keurmerk_totaal (uitvraag_id, uitkomst) values %s", "(?, ?)");
        perBlok(criteria, 3, "insert into keurmerk_uitslag (uitvraag_id, criterium, uitkomst) values %s", "(?, ?, ?)");
    }

    /** Runs {@code sql} for at most {@link #BLOK} rows of {@code breedte} values at a time. */
    private void perBlok(List<Object> waarden, int breedte, String sql, String rij) {
        for (int van = 0; van < waarden.size(); van += BLOK * breedte) {
            List<Object> blok = waarden.subList(van, Math.min(van + BLOK * breedte, waarden.size()));
            jdbc.update(sql.formatted(String.join(", ", Collections.nCopies(blok.size() / breedte, rij))), blok.toArray());
        }
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

    /** One uitvraag's kept keurmerk. */
    record Vastgelegd(Uitkomst totaal, Map<String, Uitkomst> criteria) {

        static Vastgelegd van(KeurmerkUitslag uitslag) {
            Map<String, Uitkomst> criteria = new LinkedHashMap<>();
            uitslag.criteria().forEach(c -> criteria.put(c.criterium().sleutel(), c.uitkomst()));
            return new Vastgelegd(uitslag.totaal(), criteria);
        }
    }
}
