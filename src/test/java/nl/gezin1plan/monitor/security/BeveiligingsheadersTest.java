package nl.gezin1plan.monitor.security;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import nl.gezin1plan.monitor.PostgresTest;
import nl.gezin1plan.monitor.TestGegevens;
import nl.gezin1plan.monitor.organisatie.Rol;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * The headers on a refused and on an allowed response. Vaadin's own pages go to its servlet, which MockMvc cannot
 * reach; the browser journeys (*IT) load them under the same headers.
 */
@PostgresTest
class BeveiligingsheadersTest {

    @Autowired
    WebApplicationContext context;
    @Autowired
    TestGegevens gegevens;
    @Autowired
    UserDetailsService gebruikers;

    @Test
    void aRefusedAndAnAllowedResponseBothCarryTheSecurityHeaders() throws Exception {
        MockMvc mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
        String beheerder = gegevens.regionaal(Rol.BEHEERDER);

        heeftHeaders(mvc.perform(get("/export/checklists.csv?jaar=2026")).andExpect(status().is3xxRedirection()));
        heeftHeaders(mvc.perform(get("/export/checklists.csv?jaar=2026")
                .with(user(gebruikers.loadUserByUsername(beheerder)))).andExpect(status().isOk()));
    }

    private static void heeftHeaders(ResultActions antwoord) throws Exception {
        antwoord.andExpect(header().string("Content-Security-Policy", SecurityConfig.CONTENT_SECURITY_POLICY))
                .andExpect(header().string("Content-Security-Policy", containsString("frame-ancestors 'none'")))
                .andExpect(header().string("X-Frame-Options", "DENY"))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                .andExpect(header().string("Referrer-Policy", "same-origin"))
                .andExpect(header().string("Permissions-Policy", containsString("camera=()")));
    }
}
