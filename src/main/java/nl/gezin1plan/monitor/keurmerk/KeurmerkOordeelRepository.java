package nl.gezin1plan.monitor.keurmerk;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface KeurmerkOordeelRepository extends JpaRepository<KeurmerkOordeel, Long> {

    List<KeurmerkOordeel> findByUitvraagId(long uitvraagId);

    List<KeurmerkOordeel> findByUitvraagIdIn(Collection<Long> uitvraagIds);

    Optional<KeurmerkOordeel> findByUitvraagIdAndCriterium(long uitvraagId, String criterium);
}
