package nl.gezin1plan.monitor.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.RequestDispatcher;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.web.servlet.ModelAndView;

/** Errors outside Vaadin get a Dutch page with a way back, never Spring Boot's English whitelabel page. */
class HttpFoutpaginaTest {

    private final HttpFoutpagina foutpagina = new HttpFoutpagina();

    @Test
    void aRefusedDownloadSaysGeenToegangInDutchWithAWayBack() throws Exception {
        String html = toon(HttpStatus.FORBIDDEN, "/export/voortgang.csv", new MockHttpServletRequest());

        assertThat(html).contains("<html lang=\"nl\">", "<h1>Geen toegang</h1>", "/export/voortgang.csv",
                "<a href=\"/\">Naar de startpagina</a>");
    }

    @Test
    void aMissingAddressSaysPaginaNietGevondenAndShowsTheAddressAsText() throws Exception {
        String html = toon(HttpStatus.NOT_FOUND, "/images/<script>x</script>.png", new MockHttpServletRequest());

        assertThat(html).contains("<h1>Pagina niet gevonden</h1>", "&lt;script&gt;").doesNotContain("<script>");
    }

    @Test
    void aServerErrorShowsAReferenceAndNoDetailsOfTheError() throws Exception {
        MockHttpServletRequest verzoek = new MockHttpServletRequest();
        verzoek.setAttribute(RequestDispatcher.ERROR_EXCEPTION, new IllegalStateException("geheim detail"));

        String html = toon(HttpStatus.INTERNAL_SERVER_ERROR, "/export/antwoorden.csv", verzoek);

        assertThat(html).contains("<h1>Er ging iets mis</h1>").containsPattern("referentie [A-Z2-9]{6}")
                .doesNotContain("geheim detail", "Exception");
    }

    private String toon(HttpStatus status, String pad, MockHttpServletRequest verzoek) throws Exception {
        ModelAndView pagina = foutpagina.resolveErrorView(verzoek, status, Map.of("path", pad));
        assertThat(pagina.getStatus()).isEqualTo(status);
        MockHttpServletResponse antwoord = new MockHttpServletResponse();
        pagina.getView().render(Map.of(), verzoek, antwoord);
        assertThat(antwoord.getContentType()).isEqualTo("text/html;charset=UTF-8");
        return antwoord.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
    }
}
