package nl.gezin1plan.monitor.bijlage;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.List;
import javax.sql.DataSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Keeps the content in {@code bijlage_deel}, in parts of {@value #DEEL} bytes: one part is in memory at a time, on the
 * way in and on the way out. Runs in the caller's transaction, so a refused upload leaves no part behind.
 */
@Component
class DatabaseOpslag implements BijlageOpslag {

    static final int DEEL = 256 * 1024;

    private final JdbcClient jdbc;

    DatabaseOpslag(DataSource dataSource) {
        this.jdbc = JdbcClient.create(dataSource);
    }

    @Override
    public long schrijf(long bijlageId, InputStream inhoud) throws IOException {
        long totaal = 0;
        int volgnummer = 0;
        byte[] deel;
        while ((deel = inhoud.readNBytes(DEEL)).length > 0) {
            jdbc.sql("insert into bijlage_deel (bijlage_id, volgnummer, data) values (?, ?, ?)")
                    .params(bijlageId, volgnummer++, deel).update();
            totaal += deel.length;
        }
        return totaal;
    }

    @Override
    public void lees(long bijlageId, OutputStream uit) throws IOException {
        for (int volgnummer = 0; ; volgnummer++) {
            List<byte[]> deel = jdbc.sql("select data from bijlage_deel where bijlage_id = ? and volgnummer = ?")
                    .params(bijlageId, volgnummer).query((rij, n) -> rij.getBytes(1)).list();
            if (deel.isEmpty()) {
                return;
            }
            uit.write(deel.getFirst());
        }
    }

    @Override
    public void verwijder(long bijlageId) {
        jdbc.sql("delete from bijlage_deel where bijlage_id = ?").param(bijlageId).update();
    }
}
