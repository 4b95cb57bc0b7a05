package nl.gezin1plan.monitor.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Map;
import nl.gezin1plan.monitor.audit.AuditFilter;
import nl.gezin1plan.monitor.audit.AuditRegel;
import nl.gezin1plan.monitor.audit.AuditService;
import nl.gezin1plan.monitor.audit.AuditSoort;
import nl.gezin1plan.monitor.organisatie.Rol;
import nl.gezin1plan.monitor.uitvraag.UitvraagFixture;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Every export lands in the audit log with who, which file, which filters, how many rows and the scope. */
class ExportAuditTest extends ExportTestBasis {

    @Autowired
    UitvraagFixture fixture;
    @Autowired
    AuditService audit;

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

        assertThat(exportsVan(opzet.agendahouder())).extracting(AuditRegel::omschrijving).containsExactly(
                "checklists.csv, jaar 2026, 0 regels; bereik: " + gemeente,
                "antwoorden.csv, jaar 2026, 1 regels; bereik: " + gemeente,
                "voortgang.csv, jaar 2026, zoek 'test', status Ingediend, 1 regels; bereik: " + gemeente);
        assertThat(exportsVan(accountmanager)).singleElement().satisfies(r -> {
            assertThat(r.rol()).isEqualTo(Rol.ACCOUNTMANAGER);
            assertThat(r.omschrijving()).startsWith("accountgesprekken.csv, ").endsWith("; bereik: hele regio");
        });
    }

    @Test
    void aRefusedExportIsNotAnExport() throws Exception {
        String respondent = gegevens.respondent();

        mvc.perform(get("/export/voortgang.csv?jaar=2026").with(user(gebruikers.loadUserByUsername(respondent))))
                .andExpect(status().isForbidden());

        assertThat(exportsVan(respondent)).isEmpty();
    }

    private List<AuditRegel> exportsVan(String gebruikersnaam) {
        gegevens.logIn(gegevens.regionaal(Rol.BEHEERDER));
        try {
            return audit.zoek(new AuditFilter(AuditSoort.EXPORT, gebruikersnaam, null, null), 0, 10);
        } finally {
            gegevens.logUit();
        }
    }
}
