package nl.gezin1plan.monitor.base;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/** Reads an upload until it passes the maximum, and then stops: at most one byte more than allowed is read. */
public final class BegrensdeInvoer extends FilterInputStream {

    public static final class TeGroot extends IOException {

        TeGroot() {
            super("Het bestand is groter dan toegestaan.");
        }
    }

    private final long maximum;
    private long gelezen;

    public BegrensdeInvoer(InputStream invoer, long maximum) {
        super(invoer);
        this.maximum = maximum;
    }

    @Override
    public int read() throws IOException {
        byte[] een = new byte[1];
        return read(een, 0, 1) < 0 ? -1 : een[0] & 0xFF;
    }

    @Override
    public int read(byte[] buffer, int begin, int lengte) throws IOException {
        int toegestaan = (int) Math.min(lengte, maximum - gelezen + 1);
        int aantal = super.read(buffer, begin, toegestaan);
        if (aantal > 0) {
            gelezen += aantal;
            if (gelezen > maximum) {
                throw new TeGroot();
            }
        }
        return aantal;
    }

    @Override
    public long skip(long aantal) throws IOException {
        int stuk = (int) Math.min(aantal, 8192);
        return Math.max(0, read(new byte[stuk], 0, stuk));
    }

    @Override
    public boolean markSupported() {
        return false;
    }
}
