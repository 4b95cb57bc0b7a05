package nl.gezin1plan.monitor.bijlage;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Limits of an attachment ({@code monitor.bijlage.*}): the largest file, read no further than this, and the media
 * types that may be stored, as recognised from the content.
 */
@ConfigurationProperties("monitor.bijlage")
record BijlageInstellingen(@DefaultValue("20MB") DataSize maximaleGrootte,
                           @DefaultValue({"application/pdf", "application/msword", "application/vnd.ms-excel",
                                   "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                                   "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                                   "application/vnd.oasis.opendocument.text",
                                   "application/vnd.oasis.opendocument.spreadsheet",
                                   "application/vnd.oasis.opendocument.presentation", "image/png", "image/jpeg",
                                   "image/gif", "image/webp", "text/plain", "text/csv"}) List<String> toegestaneTypen) {
}
