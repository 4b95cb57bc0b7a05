package nl.gezin1plan.monitor.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import java.util.List;
import nl.gezin1plan.monitor.PostgresTest;
import nl.gezin1plan.monitor.TestGegevens;
import nl.gezin1plan.monitor.audit.AuditFilter;
import nl.gezin1plan.monitor.audit.AuditRegel;
import nl.gezin1plan.monitor.audit.AuditService;
import nl.gezin1plan.monitor.audit.AuditSoort;
import nl.gezin1plan.monitor.organisatie.Rol;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/** Logs in through the real login form post of the security filter chain, as the login view does. */
@PostgresTest
class InloggenTest {

    @Autowired
    WebApplicationContext context;
    @Autowired
    TestGegevens gegevens;
    @Autowired
    AuditService audit;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    InlogBlokkade blokkade;

    MockMvc mvc;
    String naam;

    @BeforeEach
    void nieuweGebruiker() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
        naam = gegevens.regionaal(Rol.ACCOUNTMANAGER);
    }

    @AfterEach
    void logUit() {
        gegevens.logUit();
    }

    @Test
    void rightPasswordLogsInAndIsInTheAuditLogWithTheRole() throws Exception {
        logIn(naam, "test").andExpect(authenticated().withUsername(naam)).andExpect(redirectedUrl("/"));

        assertThat(auditVan(naam)).singleElement().satisfies(r -> {
            assertThat(r.soort()).isEqualTo(AuditSoort.LOGIN);
            assertThat(r.rol()).isEqualTo(Rol.ACCOUNTMANAGER);
        });
    }

    @Test
    void fiveWrongPasswordsLockTheNameAndThenEvenTheRightPasswordGetsTheSameErrorAsAnUnknownName() throws Exception {
        for (int i = 0; i < 5; i++) {
            logIn(naam, "fout" + i).andExpect(unauthenticated()).andExpect(redirectedUrl("/login?error"));
        }

        logIn(naam, "test").andExpect(unauthenticated()).andExpect(redirectedUrl("/login?error"));
        logIn(TestGegevens.uniek("bestaat-niet"), "test").andExpect(unauthenticated())
                .andExpect(redirectedUrl("/login?error"));

        assertThat(auditVan(naam)).extracting(AuditRegel::soort).containsExactly(AuditSoort.LOGIN_MISLUKT,
                AuditSoort.ACCOUNT_GEBLOKKEERD, AuditSoort.LOGIN_MISLUKT, AuditSoort.LOGIN_MISLUKT,
                AuditSoort.LOGIN_MISLUKT, AuditSoort.LOGIN_MISLUKT, AuditSoort.LOGIN_MISLUKT);
        assertThat(auditVan(naam).getFirst().omschrijving()).contains("geblokkeerd");
    }

    @Test
    void onlyTheBeheerderCanLiftALockBeforeItEndsAndThatIsInTheAuditLog() throws Exception {
        for (int i = 0; i < 5; i++) {
            logIn(naam, "fout").andExpect(unauthenticated());
        }
        gegevens.logIn(gegevens.agendahouder(gegevens.gemeente()));
        assertThatThrownBy(() -> blokkade.hefOp(naam)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> blokkade.geblokkeerd()).isInstanceOf(AccessDeniedException.class);
        String beheerder = gegevens.regionaal(Rol.BEHEERDER);
        gegevens.logIn(beheerder);
        assertThat(blokkade.geblokkeerd()).containsKey(naam);

        blokkade.hefOp(naam);

        assertThat(blokkade.geblokkeerd()).doesNotContainKey(naam);
        gegevens.logUit();
        logIn(naam, "test").andExpect(authenticated().withUsername(naam));
        assertThat(auditVan(beheerder)).singleElement().satisfies(r -> {
            assertThat(r.soort()).isEqualTo(AuditSoort.BLOKKADE_OPGEHEVEN);
            assertThat(r.omschrijving()).contains(naam);
        });
    }

    @Test
    void theLockEndsAfterItsTimeAndTheRightPasswordWorksAgain() throws Exception {
        for (int i = 0; i < 5; i++) {
            logIn(naam, "fout").andExpect(unauthenticated());
        }
        logIn(naam, "test").andExpect(unauthenticated());

        // Fifteen minutes pass.
        jdbc.update("update inlogpoging set geblokkeerd_tot = geblokkeerd_tot - interval '16 minutes' "
                + "where gebruikersnaam = ?", naam);

        logIn(naam, "test").andExpect(authenticated().withUsername(naam));
    }

    @Test
    void fourWrongPasswordsDoNotLockAndASuccessfulLoginStartsTheCountAgain() throws Exception {
        for (int i = 0; i < 4; i++) {
            logIn(naam, "fout").andExpect(unauthenticated());
        }
        logIn(naam, "test").andExpect(authenticated());
        for (int i = 0; i < 4; i++) {
            logIn(naam, "fout").andExpect(unauthenticated());
        }

        logIn(naam, "test").andExpect(authenticated());
        assertThat(auditVan(naam)).extracting(AuditRegel::soort).doesNotContain(AuditSoort.ACCOUNT_GEBLOKKEERD);
    }

    @Test
    void aVeryLongUnknownNameIsRefusedAndRecordedShortened() throws Exception {
        String lang = "x".repeat(500);

        logIn(lang, "test").andExpect(unauthenticated()).andExpect(redirectedUrl("/login?error"));

        assertThat(auditVan("x".repeat(100))).extracting(AuditRegel::gebruikersnaam)
                .containsExactly("x".repeat(100));
    }

    private ResultActions logIn(String gebruikersnaam, String wachtwoord) throws Exception {
        return mvc.perform(formLogin("/login").user(gebruikersnaam).password(wachtwoord));
    }

    private List<AuditRegel> auditVan(String gebruikersnaam) {
        gegevens.logIn(gegevens.regionaal(Rol.BEHEERDER));
        try {
            return audit.zoek(new AuditFilter(null, gebruikersnaam, null, null), 0, 100);
        } finally {
            gegevens.logUit();
        }
    }
}
