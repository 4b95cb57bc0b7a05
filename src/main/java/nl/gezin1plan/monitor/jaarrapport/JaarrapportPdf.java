package nl.gezin1plan.monitor.jaarrapport;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.springframework.stereotype.Component;

/**
 * Renders a {@link Jaarrapport} as a tagged PDF (PDF/UA): structure tree, title, language nl-NL, headings and table
 * headers from the XHTML template, with the DejaVu Sans font embedded (PDF/UA allows no font that is not).
 */
@Component
public class JaarrapportPdf {

    private static final String LETTER = "DejaVu Sans";
    private static final byte[] GEWOON = lees("/jaarrapport/DejaVuSans.ttf");
    private static final byte[] VET = lees("/jaarrapport/DejaVuSans-Bold.ttf");

    public byte[] pdf(Jaarrapport rapport) {
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        PdfRendererBuilder builder = new PdfRendererBuilder();
        builder.useFastMode();
        builder.usePdfUaAccessbility(true);
        builder.useFont(() -> new ByteArrayInputStream(GEWOON), LETTER, 400, BaseRendererBuilder.FontStyle.NORMAL, true);
        builder.useFont(() -> new ByteArrayInputStream(VET), LETTER, 700, BaseRendererBuilder.FontStyle.NORMAL, true);
        builder.withProducer("1Gezin1Plan implementatiemonitor");
        builder.withHtmlContent(JaarrapportHtml.van(rapport), null);
        builder.toStream(pdf);
        try {
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return pdf.toByteArray();
    }

    private static byte[] lees(String pad) {
        try (InputStream in = JaarrapportPdf.class.getResourceAsStream(pad)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
