package nl.gezin1plan.monitor.uitvraag;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import nl.gezin1plan.monitor.base.Inhoudsbestanden;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Loads each questionnaire version under {@code content/uitvraag/} that the database does not have yet. */
@Component
@Order(2)
class UitvraagInhoudLader implements ApplicationRunner {

    private static final Logger LOG = LoggerFactory.getLogger(UitvraagInhoudLader.class);

    private final UitvraagDefinitieRepository definities;
    private final UitvraagInhoudLezer lezer;
    private final Clock clock;
    private final List<UitvraagInhoudControle> controles;

    UitvraagInhoudLader(UitvraagDefinitieRepository definities, UitvraagInhoudLezer lezer, Clock clock,
                        List<UitvraagInhoudControle> controles) {
        this.definities = definities;
        this.lezer = lezer;
        this.clock = clock;
        this.controles = controles;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        for (Inhoudsbestanden.Bestand bestand : Inhoudsbestanden.lees("classpath*:content/uitvraag/*.json")) {
            laad(bestand.tekst());
        }
    }

    void laad(String json) {
        UitvraagInhoud inhoud = lezer.lees(json);
        controleer(inhoud);
        controles.forEach(controle -> controle.controleer(inhoud));
        if (definities.findByVersie(inhoud.versie()).isEmpty()) {
            definities.save(new UitvraagDefinitie(inhoud.versie(), inhoud.naam(), json, OffsetDateTime.now(clock)));
            LOG.info("Uitvraag '{}' geladen: {} vragen", inhoud.naam(), inhoud.vragen().size());
        }
    }

    /** Every condition and rule must name a question of the same version; a typo must stop start-up. */
    static void controleer(UitvraagInhoud inhoud) {
        for (Vraag vraag : inhoud.vragen()) {
            if (vraag.voorwaarde() != null && inhoud.vraag(vraag.voorwaarde().vraag()).isEmpty()) {
                throw new IllegalStateException("Vraag " + vraag.sleutel() + " verwijst naar onbekende vraag "
                        + vraag.voorwaarde().vraag());
            }
        }
        for (Kerncijfer kerncijfer : inhoud.kerncijfers()) {
            if (inhoud.vraag(kerncijfer.vraag()).isEmpty()) {
                throw new IllegalStateException("Kerncijfer " + kerncijfer.kolom() + " verwijst naar onbekende vraag "
                        + kerncijfer.vraag());
            }
        }
    }
}
