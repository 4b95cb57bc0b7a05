package nl.gezin1plan.monitor.rapportage;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import javax.sql.DataSource;
import nl.gezin1plan.monitor.uitvraag.UitvraagInhoud;
import nl.gezin1plan.monitor.uitvraag.Vraag;
import org.springframework.jdbc.core.JdbcTemplate;

/** Writes many organisations with uitvragen and answers straight into the database, for scale tests and benchmarks. */
final class GrootBestand {

    private GrootBestand() {
    }

    /** Organisations named "{prefix} n" working for the gemeente; returns how many rows were written. */
    static void organisaties(DataSource dataSource, long gemeenteId, String prefix, int aantal) {
        JdbcTemplate sql = new JdbcTemplate(dataSource);
        List<Object[]> rijen = new ArrayList<>(aantal);
        for (int i = 0; i < aantal; i++) {
            rijen.add(new Object[] {prefix + " " + i, String.format("%08d", Math.abs((prefix + i).hashCode()) % 100_000_000),
                    i % 3 == 0});
        }
        sql.batchUpdate("insert into organisatie (naam, kvk_nummer, type, werkt_met_jeugd) values (?, null, 'JEUGDHULP', ?)",
                rijen.stream().map(r -> new Object[] {r[0], r[2]}).toList());
        sql.update("insert into organisatie_gemeente (organisatie_id, gemeente_id) select id, ? from organisatie "
                + "where naam like ?", gemeenteId, prefix + " %");
    }

    /**
     * Answers for every uitvraag of the year among these organisations, about nine in ten questions each. Their kept
     * results are cleared, as after any load past the application; it fills them at start-up.
     */
    static int antwoorden(DataSource dataSource, int jaar, String prefix, UitvraagInhoud inhoud, long zaad) {
        JdbcTemplate sql = new JdbcTemplate(dataSource);
        List<Long> ids = sql.queryForList("select u.id from uitvraag u join uitvraag_ronde r on r.id = u.ronde_id "
                + "join organisatie o on o.id = u.organisatie_id where r.jaar = ? and o.naam like ?", Long.class, jaar,
                prefix + " %");
        Random random = new Random(zaad);
        List<Object[]> rijen = new ArrayList<>();
        for (long id : ids) {
            for (Vraag vraag : inhoud.vragen()) {
                if (random.nextInt(10) < 9) {
                    rijen.add(new Object[] {id, vraag.sleutel(), switch (vraag.type()) {
                        case JA_NEE -> random.nextInt(5) == 0 ? "nee" : "ja";
                        case KEUZE -> vraag.keuzes().getFirst();
                        case PERCENTAGE -> String.valueOf(random.nextInt(101));
                        case GETAL -> "10";
                        case DATUM -> jaar + "-03-01";
                        case TEKST -> random.nextInt(50) == 0 ? "=HYPERLINK(\"x\")" : "Tekst met één accent";
                    }});
                }
            }
        }
        sql.batchUpdate("insert into antwoord (uitvraag_id, vraag, waarde, gewijzigd_door, gewijzigd_op) "
                + "values (?, ?, ?, 'generator', now()) on conflict (uitvraag_id, vraag) do update set waarde = excluded.waarde", rijen);
        // Answers loaded past the application: the results it kept for these uitvragen no longer hold.
        List<Object[]> uitvragen = ids.stream().map(id -> new Object[] {id}).toList();
        sql.batchUpdate("update uitvraag set procent_beantwoord = null where id = ?", uitvragen);
        sql.batchUpdate("delete from keurmerk_totaal where uitvraag_id = ?", uitvragen);
        return rijen.size();
    }
}
