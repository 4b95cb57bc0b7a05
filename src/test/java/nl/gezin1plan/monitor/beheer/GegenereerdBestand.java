package nl.gezin1plan.monitor.beheer;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import nl.gezin1plan.monitor.GegenereerdeInvoer;

/** An organisation list of any size, made while it is read, which counts how much of it was read. */
final class GegenereerdBestand extends GegenereerdeInvoer {

    GegenereerdBestand(long grootte) {
        super("naam;kvk;type\n".getBytes(StandardCharsets.UTF_8),
                "Stichting Voorbeeld;;GGZ\n".getBytes(StandardCharsets.UTF_8), grootte);
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
}
