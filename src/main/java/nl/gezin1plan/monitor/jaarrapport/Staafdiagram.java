package nl.gezin1plan.monitor.jaarrapport;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Base64;
import java.util.Map;
import javax.imageio.ImageIO;

/**
 * A horizontal bar chart of percentages drawn on the server as a PNG, for an {@code <img>} with alt text: one bar
 * per label, 0 to 100. The figures are always in a table next to it too.
 */
final class Staafdiagram {

    private static final int BREEDTE = 1600;
    private static final int REGEL = 56;
    private static final int LABEL = 620;
    private static final Color BALK = new Color(0x0b3d6b);
    private static final Font LETTER = laadLetter();

    private Staafdiagram() {
    }

    /** The chart as a {@code data:} URI. */
    static String alsDataUri(Map<String, Integer> procenten) {
        int hoogte = REGEL * Math.max(1, procenten.size()) + 20;
        BufferedImage beeld = new BufferedImage(BREEDTE, hoogte, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = beeld.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, BREEDTE, hoogte);
            g.setFont(LETTER);
            int schaal = BREEDTE - LABEL - 140;
            int y = 10;
            for (Map.Entry<String, Integer> staaf : procenten.entrySet()) {
                g.setColor(Color.BLACK);
                g.drawString(kort(staaf.getKey()), 0, y + REGEL / 2 + 10);
                g.setColor(new Color(0xe4edf5));
                g.fillRect(LABEL, y + 8, schaal, REGEL - 16);
                g.setColor(BALK);
                g.fillRect(LABEL, y + 8, schaal * staaf.getValue() / 100, REGEL - 16);
                g.setColor(Color.BLACK);
                g.drawString(staaf.getValue() + "%", LABEL + schaal + 16, y + REGEL / 2 + 10);
                y += REGEL;
            }
        } finally {
            g.dispose();
        }
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        try {
            ImageIO.write(beeld, "png", png);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return "data:image/png;base64," + Base64.getEncoder().encodeToString(png.toByteArray());
    }

    private static String kort(String label) {
        return label.length() > 28 ? label.substring(0, 27) + "…" : label;
    }

    private static Font laadLetter() {
        try (InputStream in = Staafdiagram.class.getResourceAsStream("/jaarrapport/DejaVuSans.ttf")) {
            return Font.createFont(Font.TRUETYPE_FONT, in).deriveFont(30f);
        } catch (Exception e) {
            throw new IllegalStateException("Lettertype voor het jaarrapport ontbreekt", e);
        }
    }
}
