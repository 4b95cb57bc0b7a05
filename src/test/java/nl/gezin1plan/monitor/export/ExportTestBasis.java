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
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
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
