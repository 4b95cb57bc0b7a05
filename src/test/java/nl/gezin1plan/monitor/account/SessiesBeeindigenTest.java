package nl.gezin1plan.monitor.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import nl.gezin1plan.monitor.BeveiligdeMockMvc;
import nl.gezin1plan.monitor.PostgresTest;
import nl.gezin1plan.monitor.TestGegevens;
import nl.gezin1plan.monitor.audit.AuditSoort;
import nl.gezin1plan.monitor.beheer.StructuurBeheerService;
import nl.gezin1plan.monitor.organisatie.Rol;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.context.WebApplicationContext;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Sessions in the real security filter chain: one that began before a password reset, a password change elsewhere
 * or a deactivation is refused on its next request, and sent to the login page.
 */
@PostgresTest
class SessiesBeeindigenTest {

    private static final String NIEUW = "paarse olifant op de fiets";
    /** A page only a logged-in accountmanager gets: 200 while the session is valid, to the login page after. */
    private static final String BESCHERMD = "/export/accountgesprekken.csv";

    @Autowired
    WebApplicationContext context;
    @Autowired
    HerstelTestGegevens herstelGegevens;
    @Autowired
    TestGegevens gegevens;
    @Autowired
    WachtwoordHerstelService herstel;
    @Autowired
    MijnAccountService mijnAccount;
    @Autowired
    StructuurBeheerService beheer;

    MockMvc mvc;
    String naam;

    @BeforeEach
    void persoon() {
        mvc = BeveiligdeMockMvc.van(context);
        naam = herstelGegevens.persoon();
    }

    @AfterEach
    void logUit() {
        gegevens.logUit();
        RequestContextHolder.resetRequestAttributes();
    }

    @Test
    void twoSessionsLoggedInBeforeAResetAreBothRefusedAfterItAndTheNewPasswordLogsIn() throws Exception {
        MockHttpSession kantoor = logIn(naam, "test");
        MockHttpSession thuis = logIn(naam, "test");
        assertThat(status(kantoor)).isEqualTo("200");
        assertThat(status(thuis)).isEqualTo("200");

        herstel.vraagAan(naam, TestGegevens.uniek("10.1.0"));
        herstelGegevens.verwerkAlles();
        herstel.herstel(herstelGegevens.nieuwsteLink(naam).orElseThrow(), NIEUW, NIEUW);

        assertThat(status(kantoor)).isEqualTo("LOGIN");
        assertThat(status(thuis)).isEqualTo("LOGIN");
        assertThat(status(logIn(naam, NIEUW))).isEqualTo("200");
    }

    @Test
    void changingTheOwnPasswordEndsTheOtherSessionsAndKeepsThisOne() throws Exception {
        MockHttpSession ander = logIn(naam, "test");
        MockHttpSession deze = logIn(naam, "test");
        gegevens.logIn(naam);
        MockHttpServletRequest verzoek = new MockHttpServletRequest();
        verzoek.setSession(deze);
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(verzoek));

        mijnAccount.wijzigWachtwoord("test", NIEUW, NIEUW);
        gegevens.logUit();

        assertThat(status(ander)).isEqualTo("LOGIN");
        assertThat(status(deze)).isEqualTo("200");
        assertThat(herstelGegevens.audit(naam)).extracting(r -> r.soort())
                .contains(AuditSoort.WACHTWOORD_GEWIJZIGD);
    }

    @Test
    void aDeactivatedPersonsOpenSessionIsRefusedAndStaysRefusedAfterReactivation() throws Exception {
        MockHttpSession open = logIn(naam, "test");
        assertThat(status(open)).isEqualTo("200");
        String beheerder = gegevens.regionaal(Rol.BEHEERDER);
        gegevens.logIn(beheerder);

        beheer.zetActief(naam, false);
        gegevens.logUit();

        assertThat(status(open)).isEqualTo("LOGIN");
        assertThat(herstelGegevens.audit(beheerder)).anySatisfy(r ->
                assertThat(r.omschrijving()).contains(naam, "gedeactiveerd; open sessies beëindigd"));
        gegevens.logIn(beheerder);
        beheer.zetActief(naam, true);
        gegevens.logUit();
        MockHttpSession oud = logIn(naam, "test");
        assertThat(status(open)).isEqualTo("LOGIN");
        assertThat(status(oud)).isEqualTo("200");
    }

    private MockHttpSession logIn(String gebruikersnaam, String wachtwoord) throws Exception {
        return (MockHttpSession) mvc.perform(formLogin("/login").user(gebruikersnaam).password(wachtwoord))
                .andReturn().getRequest().getSession(false);
    }

    /** Sent with this session only: the thread must run as nobody, or the test support sends its user along. */
    private String status(MockHttpSession sessie) throws Exception {
        var antwoord = mvc.perform(get(BESCHERMD).session(sessie)).andReturn().getResponse();
        if (antwoord.getStatus() == 302 && "/login".equals(antwoord.getRedirectedUrl())) {
            return "LOGIN";
        }
        return String.valueOf(antwoord.getStatus());
    }
}
