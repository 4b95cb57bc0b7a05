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

    /** The kept result of each of these uitvragen that has one, by uitvraag id, in one query per thousand. */
    Map<Long, Vastgelegd> lees(List<Long> uitvraagIds) {
        Map<Long, Vastgelegd> gelezen = new HashMap<>();
        for (int van = 0; van < uitvraagIds.size(); van += BLOK) {
            List<Long> blok = uitvraagIds.subList(van, Math.min(van + BLOK, uitvraagIds.size()));
            jdbc.query("""
                    select t.uitvraag_id, t.uitkomst, u.criterium, u.uitkomst
                    from keurmerk_totaal t left join keurmerk_uitslag u on u.uitvraag_id = t.uitvraag_id
                    where t.uitvraag_id in (%s)""".formatted(String.join(", ", Collections.nCopies(blok.size(), "?"))),
                    rs -> {
                        Uitkomst totaal = Uitkomst.valueOf(rs.getString(2));
                        Vastgelegd v = gelezen.computeIfAbsent(rs.getLong(1),
                                id -> new Vastgelegd(totaal, new LinkedHashMap<>()));
                        String criterium = rs.getString(3);
                        if (criterium != null) {
                            v.criteria().put(criterium, Uitkomst.valueOf(rs.getString(4)));
                        }
                    }, blok.toArray());
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
