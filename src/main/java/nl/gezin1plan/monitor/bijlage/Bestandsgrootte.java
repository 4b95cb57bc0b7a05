package nl.gezin1plan.monitor.bijlage;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** A file size as Dutch readers write it: "20 MB", "1,5 MB", "340 kB", "12 bytes". */
public final class Bestandsgrootte {

    private static final long KB = 1024;
    private static final long MB = KB * KB;

    private Bestandsgrootte() {
    }

    public static String tekst(long bytes) {
        if (bytes < KB) {
            return bytes + " bytes";
        }
        return bytes < MB ? eenDecimaal(bytes, KB) + " kB" : eenDecimaal(bytes, MB) + " MB";
    }

    private static String eenDecimaal(long bytes, long eenheid) {
        return BigDecimal.valueOf(bytes).divide(BigDecimal.valueOf(eenheid), 1, RoundingMode.HALF_UP)
                .stripTrailingZeros().toPlainString().replace('.', ',');
    }
}
