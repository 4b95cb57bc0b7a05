package nl.gezin1plan.monitor;

import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.test.context.TestContext;
import org.springframework.test.context.TestExecutionListener;

/**
 * Vaadin gives each application context its own security context holder and makes the newest one the global
 * holder. The test run keeps several contexts (PostgreSQL, the embedded default, the applications that
 * {@link EmbeddedDefaultTest} starts): without this, a test in an older context logs a user in through its filter
 * chain while the services read the holder of a newer context, and see nobody. Before each test the global holder
 * is the test's own context's again.
 */
public class EigenSecurityContext implements TestExecutionListener {

    @Override
    public void beforeTestMethod(TestContext testContext) {
        testContext.getApplicationContext().getBeanProvider(SecurityContextHolderStrategy.class)
                .ifAvailable(SecurityContextHolder::setContextHolderStrategy);
    }
}
