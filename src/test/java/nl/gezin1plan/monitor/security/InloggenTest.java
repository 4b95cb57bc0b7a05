package nl.gezin1plan.monitor.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
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
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
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
    @Autowired
    PasswordEncoder encoder;

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
    void thirtySimultaneousLoginsWithTheRightPasswordLastCheckAtMostFivePasswordsAndNoneCrashes() throws Exception {
        // A real (slow) password hash, as in production, so that the attempts overlap.
        jdbc.update("update gebruiker set wachtwoord_hash = ? where gebruikersnaam = ?", encoder.encode("test"), naam);
        ExecutorService threads = Executors.newFixedThreadPool(30);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<MvcResult>> pogingen = new ArrayList<>();
            for (int i = 0; i < 29; i++) {
                String wachtwoord = "fout" + i;
                pogingen.add(threads.submit(() -> {
                    start.await();
                    return logIn(naam, wachtwoord).andReturn();
                }));
            }
            start.countDown();
            // The right password comes last: once the wrong ones have used up the checks, while others still run.
            long einde = System.currentTimeMillis() + 30_000;
            while (jdbc.queryForObject("select count(*) from inlogpoging where gebruikersnaam = ? "
                    + "and geblokkeerd_tot is not null", Long.class, naam) == 0 && System.currentTimeMillis() < einde) {
                Thread.sleep(1);
            }
            pogingen.add(threads.submit(() -> logIn(naam, "test").andReturn()));

            for (Future<MvcResult> poging : pogingen) {
                MvcResult resultaat = poging.get(60, TimeUnit.SECONDS);
                assertThat(resultaat.getResponse().getRedirectedUrl()).isEqualTo("/login?error");
                assertThat(resultaat.getRequest().getSession().getAttribute("SPRING_SECURITY_CONTEXT")).isNull();
            }
        } finally {
            threads.shutdownNow();
        }
        List<AuditRegel> audit = auditVan(naam);
        assertThat(audit).filteredOn(r -> r.soort() == AuditSoort.LOGIN_MISLUKT
                && r.omschrijving().startsWith("Onjuist")).as("passwords checked").hasSize(5);
        assertThat(audit).filteredOn(r -> r.soort() == AuditSoort.LOGIN_MISLUKT
                && r.omschrijving().contains("geblokkeerd")).as("refused unchecked").hasSize(25);
        assertThat(audit).filteredOn(r -> r.soort() == AuditSoort.ACCOUNT_GEBLOKKEERD).hasSize(1);
        assertThat(audit).extracting(AuditRegel::soort).doesNotContain(AuditSoort.LOGIN);
    }

    @Test
    void theFifthAttemptWithTheRightPasswordStillGetsInAndStartsTheCountAgain() throws Exception {
        for (int i = 0; i < 4; i++) {
            logIn(naam, "fout").andExpect(unauthenticated());
        }

        logIn(naam, "test").andExpect(authenticated().withUsername(naam));

        assertThat(blokkade.isGeblokkeerd(naam)).isFalse();
        assertThat(jdbc.queryForObject("select count(*) from inlogpoging where gebruikersnaam = ?", Long.class, naam))
                .isZero();
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

    @Test
    void anEmailAddressAsUserNameLogsInWrittenWithCapitals() throws Exception {
        String adres = emailAlsGebruikersnaam();

        logIn("Anna.DeVries-" + adres.substring("anna.devries-".length()).toUpperCase(), "test")
                .andExpect(authenticated().withUsername(adres));
    }

    @Test
    void fiveWrongPasswordsForOneEmailAddressWrittenInMixedCaseLockThatOneName() throws Exception {
        String adres = emailAlsGebruikersnaam();
        String lokaal = adres.substring(0, adres.indexOf('@'));
        String domein = adres.substring(adres.indexOf('@') + 1);
        String[] schrijfwijzen = {adres.toUpperCase(), "A" + adres.substring(1), lokaal + "@" + domein.toUpperCase(),
                lokaal.toUpperCase() + "@" + domein, "Anna.DeVries" + adres.substring("anna.devries".length())};
        for (String schrijfwijze : schrijfwijzen) {
            logIn(schrijfwijze, "fout").andExpect(unauthenticated());
        }

        assertThat(blokkade.isGeblokkeerd(adres)).isTrue();
        logIn(adres.toUpperCase(), "test").andExpect(unauthenticated());
        logIn(adres, "test").andExpect(unauthenticated());
        assertThat(jdbc.queryForList("select gebruikersnaam from inlogpoging where lower(gebruikersnaam) = ?",
                String.class, adres)).containsExactly(adres);
    }

    /** An account whose user name is its e-mail address, in lower case, as an invitation makes it; password "test". */
    private String emailAlsGebruikersnaam() {
        String adres = TestGegevens.uniek("anna.devries").toLowerCase() + "@organisatie.test";
        jdbc.update("update gebruiker set gebruikersnaam = ? where gebruikersnaam = ?", adres, naam);
        return adres;
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
