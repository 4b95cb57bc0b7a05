package nl.gezin1plan.monitor.uitvraag;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps the progress and keurmerk of each uitvraag on its row, so that overviews over years read one narrow row
 * per organisation instead of evaluating every answer again. Whoever changes answers, judgements or the youth flag
 * calls {@link #werkBij} in the same transaction; a row without a kept result is computed by its readers and
 * filled at start-up.
 */
@Component
public class UitslagVastlegging {

    private static final Logger LOG = LoggerFactory.getLogger(UitslagVastlegging.class);
    private static final int BLOK = 500;

    private final UitvraagStroom stroom;
    private final UitslagBerekening berekening;
    private final JdbcTemplate jdbc;

    UitslagVastlegging(UitvraagStroom stroom, UitslagBerekening berekening, DataSource dataSource) {
        this.stroom = stroom;
        this.berekening = berekening;
        this.jdbc = new JdbcTemplate(dataSource);
    }

    /** Computes again the kept result of the organisation's uitvraag of the year. */
    @Transactional
    public void werkBij(int jaar, long organisatieId) {
        leg(jaar, organisatieId);
    }

    /** Computes again the kept result of every uitvraag of the organisation, e.g. after its youth flag changed. */
    @Transactional
    public void werkBijVoorOrganisatie(long organisatieId) {
        for (int jaar : jdbc.queryForList("""
                select distinct r.jaar from uitvraag u join uitvraag_ronde r on r.id = u.ronde_id
                where u.organisatie_id = ?""", Integer.class, organisatieId)) {
            leg(jaar, organisatieId);
        }
    }

    /** Computes again the kept result of every uitvraag of the year, e.g. after a round opened. */
    @Transactional
    public void werkBij(int jaar) {
        leg(jaar, null);
    }

    /** Fills what is missing: rows from before results were kept, or loaded by hand. Returns the years filled. */
    @EventListener(ApplicationReadyEvent.class)
    @Transactional
    public List<Integer> vulOntbrekende() {
        List<Integer> jaren = jdbc.queryForList("""
                select distinct r.jaar from uitvraag u join uitvraag_ronde r on r.id = u.ronde_id
                where u.keurmerk_totaal is null order by r.jaar""", Integer.class);
        jaren.forEach(jaar -> leg(jaar, null));
        if (!jaren.isEmpty()) {
            LOG.info("Uitslagen vastgelegd voor de uitvragen van {}", jaren);
        }
        return jaren;
    }

    private void leg(int jaar, Long organisatieId) {
        try (Stream<UitvraagStand> standen = stroom.stroom(jaar, null, organisatieId, UitvraagFilter.ALLES)) {
            List<UitvraagStand> blok = new ArrayList<>(BLOK);
            standen.forEach(stand -> {
                blok.add(stand);
                if (blok.size() == BLOK) {
                    schrijf(blok);
                    blok.clear();
                }
            });
            schrijf(blok);
        }
    }

    private void schrijf(List<UitvraagStand> blok) {
        if (blok.isEmpty()) {
            return;
        }
        Map<Long, VastgelegdeUitslag> uitslagen = berekening.bereken(blok);
        jdbc.batchUpdate("update uitvraag set procent_beantwoord = ?, keurmerk_totaal = ?, keurmerk_criteria = ? where id = ?",
                blok.stream().map(s -> {
                    VastgelegdeUitslag uitslag = uitslagen.get(s.uitvraagId());
                    return new Object[] {uitslag.procentBeantwoord(), uitslag.totaal(), uitslag.criteriaAlsTekst(),
                            s.uitvraagId()};
                }).toList());
    }
}
