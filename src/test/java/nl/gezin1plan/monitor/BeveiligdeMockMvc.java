package nl.gezin1plan.monitor;

import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;

import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * MockMvc through the application's real security filter chain. Which security context the services read is set
 * before each test by {@link EigenSecurityContext}.
 */
public final class BeveiligdeMockMvc {

    private BeveiligdeMockMvc() {
    }

    public static MockMvc van(WebApplicationContext context) {
        return MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
    }
}
