package nl.gezin1plan.monitor.security;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import nl.gezin1plan.monitor.BeveiligdeMockMvc;
import nl.gezin1plan.monitor.PostgresTest;
import nl.gezin1plan.monitor.TestGegevens;
import nl.gezin1plan.monitor.organisatie.Rol;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.context.WebApplicationContext;

/** The login form's post needs the CSRF token of the login page, so a foreign page cannot log anyone in. */
@PostgresTest
class InlogformulierTest {

    @Autowired
    WebApplicationContext context;
    @Autowired
    TestGegevens gegevens;

    @Test
    void aLoginPostWithoutTheTokenOfTheLoginPageIsRefusedAndLogsNobodyIn() throws Exception {
        MockMvc mvc = BeveiligdeMockMvc.van(context);
        String naam = gegevens.regionaal(Rol.ACCOUNTMANAGER);

        mvc.perform(inloggen(naam)).andExpect(status().isForbidden()).andExpect(unauthenticated());
        mvc.perform(inloggen(naam).with(csrf().useInvalidToken())).andExpect(status().isForbidden())
                .andExpect(unauthenticated());

        mvc.perform(inloggen(naam).with(csrf())).andExpect(status().is3xxRedirection())
                .andExpect(authenticated().withUsername(naam));
    }

    private static MockHttpServletRequestBuilder inloggen(String naam) {
        return post("/login").param("username", naam).param("password", "test");
    }
}
