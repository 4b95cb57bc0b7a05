package nl.gezin1plan.monitor.uitvraag;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;
import nl.gezin1plan.monitor.organisatie.ScopeVoorwaarde;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * What background jobs (the reminders) read of the uitvragen. A job runs without a logged-in user, so nothing here
 * checks a scope: for jobs only, never for a view or anything a user calls, which go through {@link UitvraagService}
 * and {@link UitvraagStandService}.
 */
@Component
public class UitvragenVoorTaken {

    /** An uitvraag not submitted, with its effective deadline (its own, else its round's). */
    public record OpenUitvraag(long uitvraagId, long organisatieId, String organisatie, long rondeId, int jaar,
                               LocalDate opent, LocalDate deadline) {
    }

    public record Ronde(long id, int jaar, LocalDate opent, LocalDate deadline, String geopendDoor) {
    }

    private final EntityManager entityManager;
    private final JdbcClient jdbc;

    UitvragenVoorTaken(EntityManager entityManager, DataSource dataSource) {
        this.entityManager = entityManager;
        this.jdbc = JdbcClient.create(dataSource);
    }

    /** The uitvragen not submitted of rounds of {@code vanafJaar} and later that have opened by {@code vandaag}. */
    @Transactional(readOnly = true)
    public List<OpenUitvraag> nietIngediend(int vanafJaar, LocalDate vandaag) {
        return entityManager.createQuery("""
                        select u.id, o.id, o.naam, r.id, r.jaar, r.opentOp, coalesce(u.eigenDeadline, r.deadline)
                        from Uitvraag u join u.ronde r join u.organisatie o
                        where u.status <> :ingediend and r.jaar >= :jaar and r.opentOp <= :vandaag
                        order by u.id""", Object[].class)
                .setParameter("ingediend", UitvraagStatus.INGEDIEND).setParameter("jaar", vanafJaar)
                .setParameter("vandaag", vandaag)
                .getResultStream()
                .map(r -> new OpenUitvraag((Long) r[0], (Long) r[1], (String) r[2], (Long) r[3], (Integer) r[4],
                        (LocalDate) r[5], (LocalDate) r[6]))
                .toList();
    }

    @Transactional(readOnly = true)
    public Optional<Ronde> ronde(int jaar) {
        return jdbc.sql("select id, jaar, opent_op, deadline, geopend_door from uitvraag_ronde where jaar = :jaar")
                .param("jaar", jaar)
                .query((rs, i) -> new Ronde(rs.getLong("id"), rs.getInt("jaar"), rs.getObject("opent_op", LocalDate.class),
                        rs.getObject("deadline", LocalDate.class), rs.getString("geopend_door")))
                .optional();
    }

    /** Each uitvraag of the year with its organisation; only organisations working for the gemeente when given. */
    @Transactional(readOnly = true)
    public Map<Long, Long> organisatiesVan(int jaar, Long gemeenteId) {
        Map<Long, Long> organisaties = new LinkedHashMap<>();
        TypedQuery<Object[]> query = entityManager.createQuery("select u.id, o.id from Uitvraag u join u.ronde r"
                + " join u.organisatie o where r.jaar = :jaar and " + ScopeVoorwaarde.jpql("o"), Object[].class);
        query.setParameter("jaar", jaar);
        new ScopeVoorwaarde(gemeenteId, null).zet(query);
        query.getResultStream().forEach(r -> organisaties.put((Long) r[0], (Long) r[1]));
        return organisaties;
    }

    /**
     * Locks the uitvraag until the caller's transaction ends and tells whether it is still not submitted; a
     * submission in progress is waited for, so that a job never acts on an uitvraag that was just submitted.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public boolean vergrendelAlsNietIngediend(long uitvraagId) {
        return jdbc.sql("select status from uitvraag where id = :id for update").param("id", uitvraagId)
                .query(String.class).optional().filter(status -> !status.equals(UitvraagStatus.INGEDIEND.name()))
                .isPresent();
    }
}
