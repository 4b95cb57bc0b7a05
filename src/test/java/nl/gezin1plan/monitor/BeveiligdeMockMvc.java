package nl.gezin1plan.monitor;

import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;

import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * MockMvc through the application's real security filter chain.
 * <p>
 * Each Spring context with Vaadin's security installs its own security context strategy in the static
 * {@link SecurityContextHolder}. When another test context (EmbeddedDefaultTest) starts after this one, the filters
 * of this context keep storing the login in their own strategy while the services read the static one, find nobody
 * and refuse every request with 403. So this context's strategy is put back first.
 */
public final class BeveiligdeMockMvc {

    private BeveiligdeMockMvc() {
    }

    public static MockMvc van(WebApplicationContext context) {
        SecurityContextHolder.setContextHolderStrategy(context.getBean(SecurityContextHolderStrategy.class));
        return MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
    }
}
