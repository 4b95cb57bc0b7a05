package nl.gezin1plan.monitor.keurmerk;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.util.List;
import nl.gezin1plan.monitor.organisatie.ScopeVoorwaarde;
import org.springframework.stereotype.Component;

/** The judgements on a year's uitvragen of the organisations a {@link ScopeVoorwaarde} holds, in one query. */
@Component
class OordelenVanJaar {

    private final EntityManager entityManager;

    OordelenVanJaar(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    List<KeurmerkOordeel> lees(int jaar, ScopeVoorwaarde scope) {
        TypedQuery<KeurmerkOordeel> query = entityManager.createQuery("select k from KeurmerkOordeel k"
                + " where k.uitvraagId in (select u.id from Uitvraag u join u.organisatie o"
                + " where u.ronde.jaar = :jaar and " + ScopeVoorwaarde.jpql("o") + ")", KeurmerkOordeel.class);
        query.setParameter("jaar", jaar);
        scope.zet(query);
        return query.getResultList();
    }
}
