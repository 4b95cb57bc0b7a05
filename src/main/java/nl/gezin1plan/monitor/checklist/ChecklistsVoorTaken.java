package nl.gezin1plan.monitor.checklist;

import java.time.LocalDate;
import java.util.List;
import javax.sql.DataSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What background jobs (the weekly digest) read of the checklists. A job runs without a logged-in user, so nothing here
 * checks a scope: for jobs only, never for a view or anything a user calls, which go through {@link ChecklistService}.
 */
@Component
public class ChecklistsVoorTaken {

    /** {@code omschrijving}: the planned action, else the item's text. */
    public record VerlopenActie(String code, String omschrijving, LocalDate planning) {
    }

    private final JdbcClient jdbc;

    ChecklistsVoorTaken(DataSource dataSource) {
        this.jdbc = JdbcClient.create(dataSource);
    }

    /**
     * The open actions planned before {@code vandaag} in the newest checklist of this gemeente (a gemeente checklist)
     * or afdeling (an afdeling checklist), in planning order.
     */
    @Transactional(readOnly = true)
    public List<VerlopenActie> verlopenActies(ChecklistSoort soort, long eigenaarId, LocalDate vandaag) {
        String kolom = soort == ChecklistSoort.AGENDAHOUDER ? "c.gemeente_id" : "c.afdeling_id";
        return jdbc.sql("""
                select s.thema_code || s.nummer code, coalesce(i.geplande_actie, s.tekst) omschrijving, i.planning
                from checklist_item i join checklist c on c.id = i.checklist_id
                join checklist_sjabloon_item s on s.id = i.sjabloon_item_id
                where c.soort = :soort and %s = :eigenaar and i.planning < :vandaag
                  and i.status in ('NIET_GESTART', 'IN_UITVOERING')
                  and c.jaar = (select max(c2.jaar) from checklist c2 where c2.eigenaar = c.eigenaar)
                order by i.planning, s.volgorde""".formatted(kolom))
                .param("soort", soort.name()).param("eigenaar", eigenaarId).param("vandaag", vandaag)
                .query((rs, i) -> new VerlopenActie(rs.getString("code"), rs.getString("omschrijving"),
                        rs.getObject("planning", LocalDate.class)))
                .list();
    }
}
