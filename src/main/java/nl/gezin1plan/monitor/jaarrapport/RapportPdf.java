package nl.gezin1plan.monitor.jaarrapport;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.springframework.stereotype.Component;

/**
 * Renders the reports as tagged PDFs (PDF/UA): structure tree, title, language nl-NL, headings and table headers
 * from their XHTML templates, with the DejaVu Sans font embedded (PDF/UA allows no font that is not).
 */
@Component
public class RapportPdf {

    private static final String LETTER = "DejaVu Sans";
    private static final byte[] GEWOON = Sjabloon.lees("/jaarrapport/DejaVuSans.ttf");
    private static final byte[] VET = Sjabloon.lees("/jaarrapport/DejaVuSans-Bold.ttf");

    public byte[] pdf(Jaarrapport rapport) {
        return pdf(JaarrapportHtml.van(rapport));
    }

    public byte[] pdf(Organisatierapport rapport) {
        return pdf(OrganisatierapportHtml.van(rapport));
    }

    private static byte[] pdf(String xhtml) {
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        PdfRendererBuilder builder = new PdfRendererBuilder();
        builder.useFastMode();
        builder.usePdfUaAccessbility(true);
        builder.useFont(() -> new ByteArrayInputStream(GEWOON), LETTER, 400, BaseRendererBuilder.FontStyle.NORMAL, true);
        builder.useFont(() -> new ByteArrayInputStream(VET), LETTER, 700, BaseRendererBuilder.FontStyle.NORMAL, true);
        builder.withProducer("1Gezin1Plan implementatiemonitor");
        builder.withHtmlContent(xhtml, null);
        builder.toStream(pdf);
        try {
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return pdf.toByteArray();
    }
}
