package nl.gezin1plan.monitor.uitvraag;

import java.sql.Timestamp;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.stream.Stream;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Reads a year's uitvragen with their answers as one forward-only stream of rows, in name order, without
 * loading entities: for exports over tens of thousands of organisations in constant memory. Plain SQL that
 * PostgreSQL and H2 both run.
 */
@Component
class UitvraagStroom {

    private static final String RIJEN = """
            select u.id as uitvraag_id, o.id as organisatie_id, o.naam, o.kvk_nummer, o.werkt_met_jeugd, u.status,
                   u.ingediend_op, r.deadline, r.definitie_id, a.vraag, a.waarde
            from uitvraag u
            join uitvraag_ronde r on r.id = u.ronde_id
            join organisatie o on o.id = u.organisatie_id
            left join antwoord a on a.uitvraag_id = u.id
            where r.jaar = ?
              and (cast(? as bigint) is null or exists (select 1 from organisatie_gemeente og
                                                        where og.organisatie_id = o.id and og.gemeente_id = ?))
              and (cast(? as bigint) is null or o.id = ?)
              and (cast(? as varchar(20)) is null or u.status = ?)
              and (cast(? as varchar(300)) is null or lower(o.naam) like ?)
            order by o.naam, o.id
            """;

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
    Stream<UitvraagStand> stroom(int jaar, Long gemeenteId, Long organisatieId, UitvraagFilter filter) {
        String status = filter.status() == null ? null : filter.status().name();
        String zoek = filter.zoek() == null ? null : "%" + filter.zoek().toLowerCase(Locale.ROOT) + "%";
        Stream<Object[]> rijen = jdbc.queryForStream(RIJEN, (rs, i) -> new Object[] {rs.getLong(1), rs.getLong(2),
                rs.getString(3), rs.getString(4), rs.getBoolean(5), rs.getString(6), rs.getTimestamp(7),
                rs.getObject(8, java.time.LocalDate.class), rs.getLong(9), rs.getString(10), rs.getString(11)},
                jaar, gemeenteId, gemeenteId, organisatieId, organisatieId, status, status, zoek, zoek);
        Map<Long, UitvraagInhoud> inhoud = new HashMap<>();
        Iterator<Object[]> bron = rijen.iterator();
        Iterator<UitvraagStand> standen = new Iterator<>() {
            private Object[] volgende = bron.hasNext() ? bron.next() : null;

            @Override
            public boolean hasNext() {
                return volgende != null;
            }

            @Override
            public UitvraagStand next() {
                if (volgende == null) {
                    throw new NoSuchElementException();
                }
                Object[] eerste = volgende;
                Map<String, String> antwoorden = new LinkedHashMap<>();
                while (volgende != null && volgende[0].equals(eerste[0])) {
                    if (volgende[9] != null) {
                        antwoorden.put((String) volgende[9], (String) volgende[10]);
                    }
                    volgende = bron.hasNext() ? bron.next() : null;
                }
                long definitie = (Long) eerste[8];
                UitvraagInhoud vragen = inhoud.computeIfAbsent(definitie,
                        id -> lezer.van(definities.findById(id).orElseThrow()));
                Timestamp ingediend = (Timestamp) eerste[6];
                return new UitvraagStand((Long) eerste[0], jaar, (Long) eerste[1], (String) eerste[2], (String) eerste[3],
                        (Boolean) eerste[4], UitvraagStatus.valueOf((String) eerste[5]),
                        ingediend == null ? null : ingediend.toInstant(), (java.time.LocalDate) eerste[7], vragen, antwoorden);
            }
        };
        return java.util.stream.StreamSupport.stream(java.util.Spliterators.spliteratorUnknownSize(standen,
                java.util.Spliterator.ORDERED), false).onClose(rijen::close);
    }
}
