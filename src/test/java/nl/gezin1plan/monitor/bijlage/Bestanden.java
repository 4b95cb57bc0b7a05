package nl.gezin1plan.monitor.bijlage;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import nl.gezin1plan.monitor.GegenereerdeInvoer;

/** Files as users offer them: a real-looking PDF, a zip, a Windows program, and a PDF too large, made on the fly. */
public final class Bestanden {

    private Bestanden() {
    }

    /** A PDF of about this many bytes; random content, so that parts differ. */
    public static byte[] pdf(int grootte) {
        byte[] inhoud = new byte[grootte];
        new Random(grootte).nextBytes(inhoud);
        byte[] kop = "%PDF-1.4\n%\u00e2\u00e3\u00cf\u00d3\n1 0 obj <<>> endobj\n".getBytes(StandardCharsets.ISO_8859_1);
        System.arraycopy(kop, 0, inhoud, 0, kop.length);
        byte[] staart = "\n%%EOF\n".getBytes(StandardCharsets.ISO_8859_1);
        System.arraycopy(staart, 0, inhoud, grootte - staart.length, staart.length);
        return inhoud;
    }

    public static byte[] zip() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("scholingsplan.txt"));
            zip.write("Scholingsplan 2047".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    public static byte[] programma() {
        byte[] inhoud = new byte[4096];
        inhoud[0] = 'M';
        inhoud[1] = 'Z';
        inhoud[0x3c] = (byte) 0x80;
        inhoud[0x80] = 'P';
        inhoud[0x81] = 'E';
        return inhoud;
    }

    /** A PDF header followed by varying bytes, this many in total, generated while it is read: never in memory whole. */
    public static GegenereerdeInvoer gegenereerd(long grootte) {
        byte[] stuk = new byte[251];
        for (int i = 0; i < stuk.length; i++) {
            stuk[i] = (byte) (i * 31);
        }
        return new GegenereerdeInvoer("%PDF-1.7\n".getBytes(StandardCharsets.ISO_8859_1), stuk, grootte);
    }
}
