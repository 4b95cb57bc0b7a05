package nl.gezin1plan.monitor.organisatie;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.util.List;
import org.springframework.stereotype.Component;

/** The organisations a {@link ScopeVoorwaarde} holds, read with its one condition. */
@Component
public class OrganisatiesInScope {

    private final EntityManager entityManager;

    OrganisatiesInScope(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** Every organisation meeting the condition, in name order. */
    public List<Organisatie> opNaam(ScopeVoorwaarde voorwaarde) {
        TypedQuery<Organisatie> query = entityManager.createQuery("select o from Organisatie o where "
                + ScopeVoorwaarde.jpql("o") + " order by o.naam", Organisatie.class);
        voorwaarde.zet(query);
        return query.getResultList();
    }
}
