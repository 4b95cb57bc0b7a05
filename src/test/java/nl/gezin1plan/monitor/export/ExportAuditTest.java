package nl.gezin1plan.monitor.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.head;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Map;
import nl.gezin1plan.monitor.audit.AuditRegel;
import nl.gezin1plan.monitor.organisatie.Rol;
import nl.gezin1plan.monitor.uitvraag.UitvraagFixture;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;

/** Every export lands in the audit log with who, which file, which filters, how many rows and the scope. */
class ExportAuditTest extends ExportTestBasis {

    @Autowired
    UitvraagFixture fixture;

    @Test
    void eachExportIsRecordedWithFileFiltersRowsAndScope() throws Exception {
        var opzet = fixture.ingediend(2026, false, Map.of());
        gegevens.logUit();
        String gemeente = "gemeente " + opzet.gemeente().getNaam();

        download(opzet.agendahouder(), "/export/voortgang.csv?jaar=2026&status=INGEDIEND&zoek=test").close();
        download(opzet.agendahouder(), "/export/antwoorden.csv?jaar=2026").close();
        download(opzet.agendahouder(), "/export/checklists.csv?jaar=2026").close();
        String accountmanager = gegevens.regionaal(Rol.ACCOUNTMANAGER);
        download(accountmanager, "/export/accountgesprekken.csv").close();

        assertThat(exportsVan(opzet.agendahouder()))
                .extracting(AuditRegel::bestand, AuditRegel::omschrijving, AuditRegel::regels, AuditRegel::bereik)
                .containsExactly(
                        tuple("checklists.csv", "jaar 2026", 0L, gemeente),
                        tuple("antwoorden.csv", "jaar 2026", 1L, gemeente),
                        tuple("voortgang.csv", "jaar 2026, zoek 'test', status Ingediend", 1L, gemeente));
        assertThat(exportsVan(accountmanager)).singleElement().satisfies(r -> {
            assertThat(r.rol()).isEqualTo(Rol.ACCOUNTMANAGER);
            assertThat(r.bestand()).isEqualTo("accountgesprekken.csv");
            assertThat(r.omschrijving()).isEqualTo("zonder filters");
            assertThat(r.bereik()).isEqualTo("hele regio");
        });
    }

    @Test
    void anExportWithAVeryLongFilterStillHasItsFileRowCountAndScope() throws Exception {
        var opzet = fixture.ingediend(2026, false, Map.of());
        gegevens.logUit();

        download(opzet.agendahouder(), "/export/voortgang.csv?jaar=2026&zoek=" + "x".repeat(3000)).close();

        assertThat(exportsVan(opzet.agendahouder())).singleElement().satisfies(r -> {
            assertThat(r.bestand()).isEqualTo("voortgang.csv");
            assertThat(r.regels()).isZero();
            assertThat(r.bereik()).isEqualTo("gemeente " + opzet.gemeente().getNaam());
            assertThat(r.omschrijving()).hasSize(2000).startsWith("jaar 2026, zoek 'xxx");
        });
    }

    @Test
    void headOnAnExportRunsNothingAndIsNotInTheAuditLog() throws Exception {
        var opzet = fixture.ingediend(2026, false, Map.of());
        gegevens.logUit();

        MockHttpServletResponse antwoord = mvc.perform(head("/export/voortgang.csv?jaar=2026")
                .with(user(gebruikers.loadUserByUsername(opzet.agendahouder())))).andReturn().getResponse();

        assertThat(antwoord.getStatus()).isEqualTo(403);
        assertThat(antwoord.getHeader("Content-Disposition")).isNull();
        assertThat(exportsVan(opzet.agendahouder())).isEmpty();
    }

    @Test
    void anExportThatAnotherSiteStartsIsRefusedAndNotInTheAuditLog() throws Exception {
        var opzet = fixture.ingediend(2026, false, Map.of());
        gegevens.logUit();
        var agendahouder = user(gebruikers.loadUserByUsername(opzet.agendahouder()));

        for (String herkomst : new String[] {"cross-site", "same-site"}) {
            mvc.perform(get("/export/voortgang.csv?jaar=2026").header("Sec-Fetch-Site", herkomst).with(agendahouder))
                    .andExpect(status().isForbidden());
        }
        assertThat(exportsVan(opzet.agendahouder())).isEmpty();

        for (String herkomst : new String[] {"same-origin", "none"}) {
            mvc.perform(get("/export/voortgang.csv?jaar=2026").header("Sec-Fetch-Site", herkomst).with(agendahouder))
                    .andExpect(status().isOk());
        }
        assertThat(exportsVan(opzet.agendahouder())).hasSize(2);
    }

    @Test
    void aRefusedExportIsNotAnExport() throws Exception {
        String respondent = gegevens.respondent();

        mvc.perform(get("/export/voortgang.csv?jaar=2026").with(user(gebruikers.loadUserByUsername(respondent))))
                .andExpect(status().isForbidden());

        assertThat(exportsVan(respondent)).isEmpty();
    }
}
