package nl.gezin1plan.monitor.checklist;

import java.time.Clock;
import java.time.OffsetDateTime;
import nl.gezin1plan.monitor.base.Inhoudsbestanden;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.Resource;
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
    public void run(ApplicationArguments args) {
        for (Inhoudsbestanden.Bestand bestand : Inhoudsbestanden.lees(LOCATIE)) {
            laad(lees(bestand.tekst()));
        }
    }

    ChecklistInhoud lees(Resource bestand) {
        return lees(Inhoudsbestanden.tekst(bestand));
    }

    private ChecklistInhoud lees(String tekst) {
        return json.readValue(tekst, ChecklistInhoud.class);
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
