package nl.gezin1plan.monitor.bijlage;

import java.io.IOException;
import java.io.InputStream;
import java.util.Set;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.mime.MediaType;
import org.apache.tika.mime.MimeTypes;

/**
 * Recognises a file's media type from its first bytes (Apache Tika). The name only chooses among the types the
 * content already allows: an Office container (OOXML or OLE2) becomes Word or Excel, plain text becomes CSV. A zip or
 * a program renamed to .docx or .pdf stays a zip or a program.
 */
final class TypeHerkenning {

    private static final MimeTypes TYPEN = MimeTypes.getDefaultMimeTypes();
    private static final Set<MediaType> ALGEMEEN = Set.of(MediaType.application("x-tika-ooxml"),
            MediaType.application("x-tika-msoffice"), MediaType.TEXT_PLAIN);

    private TypeHerkenning() {
    }

    /** The type of what the stream holds; it must support mark and reset, and is left at its start. */
    static MediaType herken(InputStream inhoud, String bestandsnaam) throws IOException {
        MediaType type = TYPEN.detect(inhoud, new Metadata());
        if (ALGEMEEN.contains(type)) {
            Metadata naam = new Metadata();
            naam.set(TikaCoreProperties.RESOURCE_NAME_KEY, bestandsnaam);
            MediaType volgensNaam = TYPEN.detect(null, naam);
            if (TYPEN.getMediaTypeRegistry().isSpecializationOf(volgensNaam, type)) {
                return volgensNaam;
            }
        }
        return type;
    }
}
