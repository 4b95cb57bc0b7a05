package nl.gezin1plan.monitor.beheer;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/** An organisation list of any size, made while it is read, which counts how much of it was read. */
final class GegenereerdBestand extends InputStream {

    private final long grootte;
    private final byte[] kop = "naam;kvk;type\n".getBytes(StandardCharsets.UTF_8);
    private final byte[] regel = "Stichting Voorbeeld;;GGZ\n".getBytes(StandardCharsets.UTF_8);
    private long gelezen;

    GegenereerdBestand(long grootte) {
        this.grootte = grootte;
    }

    /** A list of {@code rijen} new organisations named {@code voorvoegsel 1} and on, for {@code gemeente}. */
    static InputStream metRijen(String voorvoegsel, int rijen, String gemeente) {
        StringBuilder csv = new StringBuilder("naam;kvk;type;jeugd;gemeenten;contact_naam;contact_email;contact_rol\n");
        for (int i = 1; i <= rijen; i++) {
            csv.append(voorvoegsel).append(' ').append(i).append(";;Jeugdhulp;").append(i % 2 == 0 ? "ja" : "nee")
                    .append(';').append(gemeente).append(";Contact ").append(i).append(";contact").append(i)
                    .append("@voorbeeld.nl;coördinator\n");
        }
        return new ByteArrayInputStream(csv.toString().getBytes(StandardCharsets.UTF_8));
    }

    long gelezen() {
        return gelezen;
    }

    @Override
    public int read() {
        byte[] een = new byte[1];
        return read(een, 0, 1) < 0 ? -1 : een[0] & 0xFF;
    }

    @Override
    public int read(byte[] buffer, int begin, int lengte) {
        if (gelezen >= grootte) {
            return -1;
        }
        int aantal = (int) Math.min(lengte, grootte - gelezen);
        for (int i = 0; i < aantal; i++) {
            long plaats = gelezen + i;
            buffer[begin + i] = plaats < kop.length ? kop[(int) plaats] : regel[(int) ((plaats - kop.length) % regel.length)];
        }
        gelezen += aantal;
        return aantal;
    }
}
