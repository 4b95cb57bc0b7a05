package nl.gezin1plan.monitor.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import nl.gezin1plan.monitor.BeveiligdeMockMvc;
import nl.gezin1plan.monitor.PostgresTest;
import nl.gezin1plan.monitor.TestGegevens;
import nl.gezin1plan.monitor.audit.AuditFilter;
import nl.gezin1plan.monitor.audit.AuditRegel;
import nl.gezin1plan.monitor.audit.AuditService;
import nl.gezin1plan.monitor.audit.AuditSoort;
import nl.gezin1plan.monitor.organisatie.Rol;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.context.WebApplicationContext;

/** Downloads exports through the real security filter chain and reads them as Dutch Excel would. */
@PostgresTest
abstract class ExportTestBasis {

    @Autowired
    WebApplicationContext context;
    @Autowired
    UserDetailsService gebruikers;
    @Autowired
    TestGegevens gegevens;
    @Autowired
    AuditService audit;

    MockMvc mvc;

    @BeforeEach
    void mockMvc() {
        mvc = BeveiligdeMockMvc.van(context);
    }

    @AfterEach
    void logUit() {
        gegevens.logUit();
    }

    /** The CSV at {@code url} as this user; it must be OK, start with a byte-order mark and use semicolons. */
    CSVParser download(String gebruikersnaam, String url) throws Exception {
        byte[] body = mvc.perform(get(url).with(user(gebruikers.loadUserByUsername(gebruikersnaam))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        assertThat(body).startsWith(0xEF, 0xBB, 0xBF);
        return lees(new String(body, StandardCharsets.UTF_8).substring(1));
    }

    /** The PDF at {@code url} as this user; it must be OK. */
    MockHttpServletResponse pdf(String gebruikersnaam, String url) throws Exception {
        MockHttpServletResponse antwoord = mvc.perform(get(url).with(user(gebruikers.loadUserByUsername(gebruikersnaam))))
                .andExpect(status().isOk()).andReturn().getResponse();
        assertThat(antwoord.getContentType()).isEqualTo("application/pdf");
        return antwoord;
    }

    /**
     * The text of a PDF, its white space made single spaces, once it is proven accessible as PDF/UA asks: tagged with
     * a structure tree, in Dutch, with this title shown as the window's title, and every font embedded.
     */
    static String toegankelijkeTekst(byte[] bestand, String titel) throws IOException {
        try (PDDocument pdf = Loader.loadPDF(bestand)) {
            PDDocumentCatalog catalogus = pdf.getDocumentCatalog();
            assertThat(catalogus.getMarkInfo()).isNotNull();
            assertThat(catalogus.getMarkInfo().isMarked()).isTrue();
            assertThat(catalogus.getStructureTreeRoot()).isNotNull();
            assertThat(catalogus.getStructureTreeRoot().getKids()).isNotEmpty();
            assertThat(catalogus.getLanguage()).isEqualTo("nl-NL");
            assertThat(pdf.getDocumentInformation().getTitle()).isEqualTo(titel);
            assertThat(catalogus.getViewerPreferences().displayDocTitle()).isTrue();
            for (var pagina : pdf.getPages()) {
                for (var naam : pagina.getResources().getFontNames()) {
                    PDFont letter = pagina.getResources().getFont(naam);
                    assertThat(letter.isEmbedded()).as(letter.getName()).isTrue();
                }
            }
            return new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
        }
    }

    /** The export lines of this user in the audit log, newest first, as the beheerder reads them. */
    List<AuditRegel> exportsVan(String gebruikersnaam) {
        gegevens.logIn(gegevens.regionaal(Rol.BEHEERDER));
        try {
            return audit.zoek(new AuditFilter(AuditSoort.EXPORT, gebruikersnaam, null, null), 0, 10);
        } finally {
            gegevens.logUit();
        }
    }

    static CSVParser lees(String csv) throws IOException {
        return CSVFormat.EXCEL.builder().setDelimiter(';').setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(csv));
    }
}
