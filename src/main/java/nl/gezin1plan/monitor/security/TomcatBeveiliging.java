package nl.gezin1plan.monitor.security;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ValveBase;
import org.springframework.boot.tomcat.ConfigurableTomcatWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.stereotype.Component;

/**
 * Tomcat answers some requests itself, before any filter of ours: a malformed request gets its 400 page. A valve at
 * the front of Tomcat's engine gives those answers the security headers too, and refuses TRACE, which would otherwise
 * reach the servlet and echo the request's headers, cookies included.
 */
@Component
class TomcatBeveiliging implements WebServerFactoryCustomizer<ConfigurableTomcatWebServerFactory> {

    static final Map<String, String> HEADERS = Map.of(
            "Content-Security-Policy", SecurityConfig.CONTENT_SECURITY_POLICY,
            "X-Frame-Options", "DENY",
            "X-Content-Type-Options", "nosniff",
            "Referrer-Policy", "same-origin",
            "Permissions-Policy", SecurityConfig.PERMISSIONS_POLICY);

    @Override
    public void customize(ConfigurableTomcatWebServerFactory factory) {
        factory.addEngineValves(new HeadersEnGeenTrace());
    }

    static final class HeadersEnGeenTrace extends ValveBase {

        HeadersEnGeenTrace() {
            super(true);
        }

        @Override
        public void invoke(Request request, Response response) throws IOException, ServletException {
            HEADERS.forEach(response::setHeader);
            if ("TRACE".equals(request.getMethod())) {
                response.setHeader("Allow", "GET, HEAD, POST, PUT, DELETE, OPTIONS, PATCH");
                response.sendError(HttpServletResponse.SC_METHOD_NOT_ALLOWED);
                return;
            }
            getNext().invoke(request, response);
        }
    }
}
