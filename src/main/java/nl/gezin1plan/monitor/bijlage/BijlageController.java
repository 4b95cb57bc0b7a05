package nl.gezin1plan.monitor.bijlage;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpHeaders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /bijlage/{id}}: the attachment as a download, streamed from storage, with the type recognised at upload.
 * An attachment the user may not read, or that does not exist, is refused alike (403).
 */
@RestController
class BijlageController {

    private final BijlageService service;

    BijlageController(BijlageService service) {
        this.service = service;
    }

    @GetMapping("/bijlage/{id}")
    void download(@PathVariable long id, HttpServletResponse response) throws IOException {
        Bijlage bijlage = service.openVoorDownload(id);
        response.setContentType(bijlage.contentType());
        response.setContentLengthLong(bijlage.grootte());
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, Bestandsnaam.alsBijlage(bijlage.bestandsnaam()));
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader(HttpHeaders.CACHE_CONTROL, "private, no-store");
        service.schrijfInhoud(bijlage, response.getOutputStream());
    }

}
