package nl.gezin1plan.monitor.base;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * The versioned content files (checklists, questionnaires) under a classpath location, in file-name order, so that
 * versions load oldest first. Each loader decides what a file means and skips versions the database already has.
 */
public final class Inhoudsbestanden {

    /** One file: its name (for messages) and its text. */
    public record Bestand(String naam, String tekst) {
    }

    private Inhoudsbestanden() {
    }

    /** Every file matching {@code locatie} (e.g. {@code classpath*:content/uitvraag/*.json}), by file name. */
    public static List<Bestand> lees(String locatie) {
        try {
            Resource[] gevonden = new PathMatchingResourcePatternResolver().getResources(locatie);
            Arrays.sort(gevonden, Comparator.comparing(Resource::getFilename));
            List<Bestand> bestanden = new ArrayList<>(gevonden.length);
            for (Resource resource : gevonden) {
                bestanden.add(new Bestand(resource.getFilename(), tekst(resource)));
            }
            return bestanden;
        } catch (IOException e) {
            throw new UncheckedIOException("Kan de inhoud in " + locatie + " niet lezen", e);
        }
    }

    /** The UTF-8 text of one content file. */
    public static String tekst(Resource resource) {
        try (InputStream in = resource.getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Kan inhoud niet lezen: " + resource.getFilename(), e);
        }
    }
}
