package nl.gezin1plan.monitor.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import nl.gezin1plan.monitor.PostgresTestDatabase;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ContextConfiguration;

/**
 * What only the real servlet container shows: the session cookie's attributes, redirects under a forged Host header,
 * and the answers Tomcat gives itself before any filter runs. Raw requests, as a browser would never send them.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = PostgresTestDatabase.class)
class ServerRandenIT {

    @LocalServerPort
    int poort;

    @Test
    void theSessionCookieIsSameSiteLaxAndHttpOnly() throws IOException {
        String antwoord = verstuur("GET /login HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");

        assertThat(statusregel(antwoord)).contains(" 200 ");
        assertThat(antwoord).containsPattern("(?im)^Set-Cookie: JSESSIONID=[^\r\n]*; SameSite=Lax")
                .containsPattern("(?im)^Set-Cookie: JSESSIONID=[^\r\n]*; HttpOnly");
        TomcatBeveiliging.HEADERS.keySet().forEach(naam -> assertThat(antwoord.split("\r\n" + naam + ": ", -1))
                .as("one %s", naam).hasSize(2));
    }

    @Test
    void aForgedHostHeaderIsNeverTheTargetOfARedirect() throws IOException {
        String antwoord = verstuur("GET /dashboard HTTP/1.1\r\nHost: evil.example\r\nConnection: close\r\n\r\n");

        assertThat(statusregel(antwoord)).contains(" 302 ");
        assertThat(antwoord).contains("\r\nLocation: /login\r\n").doesNotContain("evil.example");
    }

    @Test
    void traceIsNotAllowedAndTheRefusalCarriesTheSecurityHeaders() throws IOException {
        String antwoord = verstuur("TRACE / HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");

        assertThat(statusregel(antwoord)).contains(" 405 ");
        heeftBeveiligingsheaders(antwoord);
    }

    @Test
    void aMalformedRequestGetsABadRequestWithTheSecurityHeaders() throws IOException {
        String antwoord = verstuur("GET /<script> HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");

        assertThat(statusregel(antwoord)).contains(" 400 ");
        heeftBeveiligingsheaders(antwoord);
    }

    @Test
    void securityTxtIsServedAsPlainTextWithoutLoggingIn() throws IOException {
        String antwoord = verstuur("GET /.well-known/security.txt HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");

        assertThat(statusregel(antwoord)).contains(" 200 ");
        assertThat(antwoord).contains("\r\nContent-Type: text/plain;charset=UTF-8\r\n")
                .contains("\r\n\r\nContact: mailto:security@gezin1plan.test\n");
    }

    private static void heeftBeveiligingsheaders(String antwoord) {
        TomcatBeveiliging.HEADERS.forEach((naam, waarde) -> assertThat(antwoord)
                .contains("\r\n" + naam + ": " + waarde + "\r\n"));
    }

    private static String statusregel(String antwoord) {
        return antwoord.lines().findFirst().orElse("");
    }

    private String verstuur(String verzoek) throws IOException {
        try (Socket socket = new Socket("localhost", poort)) {
            socket.setSoTimeout(10_000);
            OutputStream uit = socket.getOutputStream();
            uit.write(verzoek.getBytes(StandardCharsets.ISO_8859_1));
            uit.flush();
            InputStream in = socket.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
