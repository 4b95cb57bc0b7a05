package nl.gezin1plan.monitor.bijlage;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;

/**
 * Where an attachment's content lives. The default keeps it in the database ({@link DatabaseOpslag}); another
 * implementation (object storage) can take its place as a bean of this type. Both directions stream.
 */
public interface BijlageOpslag {

    /** Stores everything the stream holds under this attachment; returns the number of bytes. */
    long schrijf(long bijlageId, InputStream inhoud) throws IOException;

    void lees(long bijlageId, OutputStream uit) throws IOException;

    void verwijder(long bijlageId);
}
