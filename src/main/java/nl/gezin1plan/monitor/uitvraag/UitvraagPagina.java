package nl.gezin1plan.monitor.uitvraag;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.util.Collection;
import java.util.List;
import nl.gezin1plan.monitor.base.Zoekpatroon;
import nl.gezin1plan.monitor.organisatie.ScopeVoorwaarde;
import org.springframework.stereotype.Component;

/**
 * One page of a year's uitvragen within a scope, in name order, with the same filters for page and count. The
 * questionnaire definition is not fetched along: its text is large and the same for every row, and
 * {@link UitvraagInhoudLezer} keeps it parsed by id.
 */
@Component
class UitvraagPagina {

    private static final String VAN = " from Uitvraag u join u.ronde r join u.organisatie o where r.jaar = :jaar and "
            + ScopeVoorwaarde.jpql("o")
            + " and (:status is null or u.status = :status)"
            + " and (:zoek is null or lower(o.naam) like :zoek escape '\\')";

    private final EntityManager entityManager;

    UitvraagPagina(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    List<Uitvraag> lees(int jaar, ScopeVoorwaarde scope, UitvraagFilter filter, int offset, int limit) {
        TypedQuery<Uitvraag> query = entityManager.createQuery("select u" + VAN.replace("join u.ronde r join u.organisatie o",
                "join fetch u.ronde r join fetch u.organisatie o") + " order by o.naam, o.id",
                Uitvraag.class);
        zet(query, jaar, scope, filter);
        return query.setFirstResult(offset).setMaxResults(limit).getResultList();
    }

    long tel(int jaar, ScopeVoorwaarde scope, UitvraagFilter filter) {
        TypedQuery<Long> query = entityManager.createQuery("select count(u)" + VAN, Long.class);
        zet(query, jaar, scope, filter);
        return query.getSingleResult();
    }

    List<Uitvraag> vanOrganisaties(int jaar, Collection<Long> organisatieIds) {
        return entityManager.createQuery("select u from Uitvraag u join fetch u.ronde r "
                        + "join fetch u.organisatie o where r.jaar = :jaar and o.id in :ids", Uitvraag.class)
                .setParameter("jaar", jaar).setParameter("ids", organisatieIds).getResultList();
    }

    List<Uitvraag> alleJarenVan(long organisatieId) {
        return entityManager.createQuery("select u from Uitvraag u join fetch u.ronde r "
                        + "join fetch u.organisatie o where o.id = :id order by r.jaar desc", Uitvraag.class)
                .setParameter("id", organisatieId).getResultList();
    }

    private static void zet(TypedQuery<?> query, int jaar, ScopeVoorwaarde scope, UitvraagFilter filter) {
        query.setParameter("jaar", jaar);
        scope.zet(query);
        query.setParameter("status", filter.status());
        query.setParameter("zoek", Zoekpatroon.bevat(filter.zoek()));
    }
}
