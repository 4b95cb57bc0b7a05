package nl.gezin1plan.monitor.bijlage;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Component;

/** The table {@code bijlage}: what is stored, for which object, by whom; the content is the {@link BijlageOpslag}'s. */
@Component
class Bijlagen {

    private static final String KOLOMMEN = "select id, soort, onderwerp_id, sleutel, bestandsnaam, content_type, grootte, "
            + "geupload_door, geupload_op from bijlage ";

    private final JdbcClient jdbc;

    Bijlagen(DataSource dataSource) {
        this.jdbc = JdbcClient.create(dataSource);
    }

    long voegToe(BijlageSoort soort, long onderwerpId, String sleutel, String bestandsnaam, String contentType,
                 String door, Instant op) {
        KeyHolder sleutels = new GeneratedKeyHolder();
        jdbc.sql("insert into bijlage (soort, onderwerp_id, sleutel, bestandsnaam, content_type, grootte, sha256, "
                        + "geupload_door, geupload_op) values (?, ?, ?, ?, ?, 0, '', ?, ?)")
                .params(soort.name(), onderwerpId, sleutel, bestandsnaam, contentType, door, Timestamp.from(op))
                .update(sleutels, "id");
        return sleutels.getKey().longValue();
    }

    void legInhoudVast(long id, long grootte, String sha256) {
        jdbc.sql("update bijlage set grootte = ?, sha256 = ? where id = ?").params(grootte, sha256, id).update();
    }

    Optional<Bijlage> zoek(long id) {
        return jdbc.sql(KOLOMMEN + "where id = ?").param(id).query(Bijlagen::bijlage).optional();
    }

    List<Bijlage> van(BijlageSoort soort, long onderwerpId, String sleutel) {
        return jdbc.sql(KOLOMMEN + "where soort = ? and onderwerp_id = ? and coalesce(sleutel, '') = ? order by id")
                .params(soort.name(), onderwerpId, sleutel == null ? "" : sleutel).query(Bijlagen::bijlage).list();
    }

    /** How many attachments each key of this object has; the object's own (without key) under "". */
    Map<String, Integer> aantallen(BijlageSoort soort, long onderwerpId) {
        Map<String, Integer> aantallen = new HashMap<>();
        jdbc.sql("select coalesce(sleutel, '') as sleutel, count(*) as aantal from bijlage where soort = ? and onderwerp_id = ? "
                        + "group by coalesce(sleutel, '')").params(soort.name(), onderwerpId)
                .query(rij -> { aantallen.put(rij.getString("sleutel"), rij.getInt("aantal")); });
        return aantallen;
    }

    void verwijder(long id) {
        jdbc.sql("delete from bijlage where id = ?").param(id).update();
    }

    private static Bijlage bijlage(ResultSet rij, int nummer) throws SQLException {
        return new Bijlage(rij.getLong("id"), BijlageSoort.valueOf(rij.getString("soort")), rij.getLong("onderwerp_id"),
                rij.getString("sleutel"), rij.getString("bestandsnaam"), rij.getString("content_type"),
                rij.getLong("grootte"), rij.getString("geupload_door"), rij.getTimestamp("geupload_op").toInstant());
    }
}
