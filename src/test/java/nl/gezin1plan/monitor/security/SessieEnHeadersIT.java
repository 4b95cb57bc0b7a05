package nl.gezin1plan.monitor.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.server.VaadinServlet;
import jakarta.servlet.ServletContext;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import nl.gezin1plan.monitor.PostgresTestDatabase;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.web.servlet.ServletRegistrationBean;
import org.springframework.test.context.ContextConfiguration;

/**
 * In the real servlet container (the same context as the browser journeys): sessions end after 30 minutes without
 * activity, Vaadin's heartbeat does not keep an idle tab's session alive, and Vaadin's pages carry the headers.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = PostgresTestDatabase.class)
class SessieEnHeadersIT {

    @LocalServerPort
    int poort;
    @Autowired
    ServletContext servletContext;
    @Autowired
    List<ServletRegistrationBean<?>> servlets;

    @Test
    void anIdleSessionEndsAfterThirtyMinutesAndTheLoginPageCarriesTheSecurityHeaders() throws Exception {
        HttpResponse<String> login = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://localhost:" + poort + "/login")).build(), HttpResponse.BodyHandlers.ofString());

        assertThat(login.statusCode()).isEqualTo(200);
        assertThat(servletContext.getSessionTimeout()).isEqualTo(30);
        VaadinServlet vaadin = servlets.stream().map(ServletRegistrationBean::getServlet)
                .filter(VaadinServlet.class::isInstance).map(VaadinServlet.class::cast).findFirst().orElseThrow();
        assertThat(vaadin.getService().getDeploymentConfiguration().isCloseIdleSessions()).isTrue();
        assertThat(login.headers().firstValue("Content-Security-Policy")).hasValue(SecurityConfig.CONTENT_SECURITY_POLICY);
        assertThat(login.headers().firstValue("X-Frame-Options")).hasValue("DENY");
        assertThat(login.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(login.headers().firstValue("Referrer-Policy")).hasValue("same-origin");
        assertThat(login.headers().firstValue("Permissions-Policy")).hasValue(SecurityConfig.PERMISSIONS_POLICY);
    }
}
