package nl.gezin1plan.monitor;

import java.io.InputStream;

/**
 * A file of any size made while it is read: a head, then one piece over and over. Never in memory whole; it counts
 * what was read and the largest single read, so a test can show that a reader streams and where it stopped.
 */
public class GegenereerdeInvoer extends InputStream {

    private final byte[] kop;
    private final byte[] herhaald;
    private final long grootte;
    private long gelezen;
    private int grootsteLezing;

    public GegenereerdeInvoer(byte[] kop, byte[] herhaald, long grootte) {
        this.kop = kop;
        this.herhaald = herhaald;
        this.grootte = grootte;
    }

    public long gelezen() {
        return gelezen;
    }

    public int grootsteLezing() {
        return grootsteLezing;
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
            buffer[begin + i] = plaats < kop.length ? kop[(int) plaats] : herhaald[(int) ((plaats - kop.length) % herhaald.length)];
        }
        gelezen += aantal;
        grootsteLezing = Math.max(grootsteLezing, aantal);
        return aantal;
    }
}
