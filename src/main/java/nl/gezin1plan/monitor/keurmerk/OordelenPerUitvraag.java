package nl.gezin1plan.monitor.keurmerk;

import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * The gemeente's judgements on a set of uitvragen (a page, a batch, or a year's within the caller's scope as the
 * uitvraag module gives them), by uitvraag and criterium: one query with the ids as one array, whatever their number.
 * Keurmerk reads only its own table and never asks uitvraag's which uitvragen belong to a year.
 */
@Component
class OordelenPerUitvraag {

    private final EntityManager entityManager;

    OordelenPerUitvraag(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    Map<Long, Map<String, CriteriumUitslag.Oordeel>> van(List<Long> uitvraagIds) {
        if (uitvraagIds.isEmpty()) {
            return Map.of();
        }
        List<KeurmerkOordeel> oordelen = entityManager.createNativeQuery(
                        "select * from keurmerk_oordeel where uitvraag_id = any(cast(?1 as bigint array))",
                        KeurmerkOordeel.class)
                .setParameter(1, uitvraagIds.toArray(Long[]::new)).getResultList();
        return oordelen.stream().collect(Collectors.groupingBy(KeurmerkOordeel::getUitvraagId,
                Collectors.toMap(KeurmerkOordeel::getCriterium, KeurmerkOordeel::alsOordeel)));
    }
}
