package nl.gezin1plan.monitor.checklist;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.Comparator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Loads every checklist content version found under {@code content/checklist/} that the database does not
 * have yet. A new handreiking version is a new data file; versions already loaded are never changed.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class ChecklistInhoudLader implements ApplicationRunner {

    private static final Logger LOG = LoggerFactory.getLogger(ChecklistInhoudLader.class);
    static final String LOCATIE = "classpath*:content/checklist/*.json";

    private final ChecklistVersieRepository versies;
    private final SjabloonItemRepository sjabloonItems;
    private final Clock clock;
    private final JsonMapper json = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .build();

    ChecklistInhoudLader(ChecklistVersieRepository versies, SjabloonItemRepository sjabloonItems, Clock clock) {
        this.versies = versies;
        this.sjabloonItems = sjabloonItems;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) throws IOException {
        Resource[] bestanden = new PathMatchingResourcePatternResolver().getResources(LOCATIE);
        Arrays.sort(bestanden, Comparator.comparing(Resource::getFilename));
        for (Resource bestand : bestanden) {
            laad(lees(bestand));
        }
    }

    ChecklistInhoud lees(Resource bestand) {
        try (InputStream in = bestand.getInputStream()) {
            return json.readValue(in, ChecklistInhoud.class);
        } catch (IOException e) {
            throw new UncheckedIOException("Kan checklistinhoud niet lezen: " + bestand.getFilename(), e);
        }
    }

    void laad(ChecklistInhoud inhoud) {
        if (versies.findByVersie(inhoud.versie()).isPresent()) {
            return;
        }
        ChecklistVersie versie = versies.save(new ChecklistVersie(inhoud.versie(), inhoud.naam(), inhoud.bron(),
                OffsetDateTime.now(clock)));
        int volgorde = 0;
        for (ChecklistInhoud.Lijst lijst : inhoud.checklists()) {
            for (ChecklistInhoud.Thema thema : lijst.themas()) {
                int nummer = 0;
                for (ChecklistInhoud.Item item : thema.items()) {
                    sjabloonItems.save(new SjabloonItem(versie, lijst.soort(), thema.code(), thema.naam(), ++nummer,
                            ++volgorde, item.tekst(), item.optioneel(), item.keurmerk(), item.subpuntenOfLeeg(),
                            item.advies()));
                }
            }
        }
        LOG.info("Checklistinhoud '{}' geladen: {} items", inhoud.naam(), volgorde);
    }
}
