package nl.gezin1plan.monitor.keurmerk;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface KeurmerkOordeelRepository extends JpaRepository<KeurmerkOordeel, Long> {

    List<KeurmerkOordeel> findByUitvraagId(long uitvraagId);

    Optional<KeurmerkOordeel> findByUitvraagIdAndCriterium(long uitvraagId, String criterium);
}
