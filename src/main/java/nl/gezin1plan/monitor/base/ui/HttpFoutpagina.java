package nl.gezin1plan.monitor.base.ui;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.webmvc.autoconfigure.error.ErrorViewResolver;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.View;
import org.springframework.web.util.HtmlUtils;

/**
 * The page for errors that never reach Vaadin (a refused export, a missing file, a failing download), in Dutch
 * instead of Spring Boot's English whitelabel page, with the same words as the error views inside the application.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class HttpFoutpagina implements ErrorViewResolver {

    private static final Logger LOG = LoggerFactory.getLogger(HttpFoutpagina.class);
    private static final ResourceBundle TEKSTEN = ResourceBundle.getBundle("vaadin-i18n.translations", Locale.ROOT);

    @Override
    public ModelAndView resolveErrorView(HttpServletRequest request, HttpStatus status, Map<String, Object> model) {
        String pad = String.valueOf(model.getOrDefault("path", "/")).replaceFirst("^/", "");
        String titel;
        String tekst;
        if (status == HttpStatus.NOT_FOUND) {
            titel = tekst("fout.niet-gevonden.titel");
            tekst = tekst("fout.niet-gevonden.tekst", pad);
        } else if (status == HttpStatus.FORBIDDEN) {
            titel = tekst("fout.geen-toegang.titel");
            tekst = tekst("fout.geen-toegang.tekst", pad);
        } else if (status.is5xxServerError()) {
            String referentie = FoutReferentie.nieuw();
            LOG.error("Fout {}: {} bij /{}", referentie, status.value(), pad,
                    (Throwable) request.getAttribute(RequestDispatcher.ERROR_EXCEPTION));
            titel = tekst("fout.onverwacht.titel");
            tekst = tekst("fout.onverwacht.tekst", referentie);
        } else {
            titel = tekst("fout.onverwacht.titel");
            tekst = tekst("fout.verzoek.tekst", String.valueOf(status.value()));
        }
        ModelAndView antwoord = new ModelAndView(pagina(request.getContextPath(), titel, tekst));
        antwoord.setStatus(status);
        return antwoord;
    }

    private static View pagina(String contextPad, String titel, String tekst) {
        String html = """
                <!DOCTYPE html>
                <html lang="nl">
                <head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
                <title>%2$s | 1Gezin1Plan implementatiemonitor</title><link rel="stylesheet" href="%1$s/app.css"></head>
                <body><main class="tekst-pagina"><h1>%2$s</h1><p>%3$s</p><p><a href="%1$s/">%4$s</a></p></main></body>
                </html>
                """.formatted(HtmlUtils.htmlEscape(contextPad), HtmlUtils.htmlEscape(titel), HtmlUtils.htmlEscape(tekst),
                HtmlUtils.htmlEscape(tekst("app.fout.naar-start")));
        return new View() {
            @Override
            public String getContentType() {
                return "text/html;charset=UTF-8";
            }

            @Override
            public void render(Map<String, ?> model, HttpServletRequest request, HttpServletResponse response)
                    throws IOException {
                response.setContentType(getContentType());
                response.getOutputStream().write(html.getBytes(StandardCharsets.UTF_8));
            }
        };
    }

    private static String tekst(String sleutel, Object... waarden) {
        return new MessageFormat(TEKSTEN.getString(sleutel), Locale.forLanguageTag("nl")).format(waarden);
    }
}
