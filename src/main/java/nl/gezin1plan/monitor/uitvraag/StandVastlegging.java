package nl.gezin1plan.monitor.uitvraag;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import nl.gezin1plan.monitor.organisatie.ScopeVoorwaarde;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps the share answered of each uitvraag on its row, so that overviews over years read one narrow row per
 * organisation instead of evaluating every answer again, and announces the stands it read as
 * {@link UitvraagStandenBijgewerkt} so that the keurmerk keeps its result in the same transaction. Whoever changes
 * answers or the youth flag calls {@link #werkBij} in the same transaction; a row without a kept share is computed by
 * its readers and filled at start-up.
 */
@Component
public class StandVastlegging {

    private static final Logger LOG = LoggerFactory.getLogger(StandVastlegging.class);
    private static final int BLOK = 500;

    private final UitvraagStroom stroom;
    private final ApplicationEventPublisher gebeurtenissen;
    private final JdbcTemplate jdbc;

    StandVastlegging(UitvraagStroom stroom, ApplicationEventPublisher gebeurtenissen, DataSource dataSource) {
        this.stroom = stroom;
        this.gebeurtenissen = gebeurtenissen;
        this.jdbc = new JdbcTemplate(dataSource);
    }

    /** Computes again the kept stand of the organisation's uitvraag of the year. */
    @Transactional
    public void werkBij(int jaar, long organisatieId) {
        leg(jaar, organisatieId);
    }

    /** Computes again the kept stand of every uitvraag of the organisation, e.g. after its youth flag changed. */
    @Transactional
    public void werkBijVoorOrganisatie(long organisatieId) {
        for (int jaar : jdbc.queryForList("""
                select distinct r.jaar from uitvraag u join uitvraag_ronde r on r.id = u.ronde_id
                where u.organisatie_id = ?""", Integer.class, organisatieId)) {
            leg(jaar, organisatieId);
        }
    }

    /** Computes again the kept stand of every uitvraag of the year, e.g. after a round opened. */
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
                where u.procent_beantwoord is null order by r.jaar""", Integer.class);
        jaren.forEach(jaar -> leg(jaar, null));
        if (!jaren.isEmpty()) {
            LOG.info("Uitslagen vastgelegd voor de uitvragen van {}", jaren);
        }
        return jaren;
    }

    private void leg(int jaar, Long organisatieId) {
        try (Stream<UitvraagStand> standen = stroom.stroom(jaar, new ScopeVoorwaarde(null, organisatieId),
                UitvraagFilter.ALLES)) {
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
        jdbc.batchUpdate("update uitvraag set procent_beantwoord = ? where id = ?",
                blok.stream().map(s -> new Object[] {s.procentBeantwoord(), s.uitvraagId()}).toList());
        gebeurtenissen.publishEvent(new UitvraagStandenBijgewerkt(blok));
    }
}
