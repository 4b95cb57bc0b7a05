package nl.gezin1plan.monitor.jaarrapport;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import nl.gezin1plan.monitor.TestGegevens;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Not part of the suite: renders the demo's 2026 jaarrapport of Leiden, as the demo agendahouder, on the embedded
 * default with its demo data. Writes {@code target/jaarrapport-leiden-2026.pdf} (for {@code pdfinfo}) and page 1 as
 * {@code frontend/images/jaarrapport.png} for the README. Run with
 * {@code ./mvnw test -Dtest=JaarrapportAfbeelding -Dsurefire.failIfNoSpecifiedTests=false}.
 */
@SpringBootTest
class JaarrapportAfbeelding {

    @DynamicPropertySource
    static void h2AlsBestand(DynamicPropertyRegistry registry) throws Exception {
        Path map = Files.createTempDirectory("monitor-h2");
        registry.add("spring.datasource.url", () -> "jdbc:h2:file:" + map.resolve("monitor")
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH");
    }

    @Autowired
    TestGegevens gegevens;
    @Autowired
    JaarrapportService rapporten;
    @Autowired
    RapportPdf pdf;

    @Test
    void leiden2026() throws Exception {
        gegevens.logIn("agendahouder");
        byte[] bestand = pdf.pdf(rapporten.jaarrapport(null, 2026));
        gegevens.logUit();
        Files.write(Path.of("target/jaarrapport-leiden-2026.pdf"), bestand);
        try (PDDocument document = Loader.loadPDF(bestand)) {
            assertThat(document.getDocumentCatalog().getMarkInfo().isMarked()).isTrue();
            String tekst = new PDFTextStripper().getText(document);
            assertThat(tekst).contains("Leiden", "A Commitment", "G Onderhoud");
            BufferedImage pagina = new PDFRenderer(document).renderImageWithDPI(0, 90);
            ImageIO.write(pagina, "png", Path.of("frontend/images/jaarrapport.png").toFile());
            System.out.printf("JAARRAPPORT-AFBEELDING %d pagina's, %d kB%n", document.getNumberOfPages(),
                    bestand.length / 1024);
        }
    }
}
