package nl.gezin1plan.monitor.rapportage;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface KlantpanelRepository extends JpaRepository<Klantpanel, Long> {

    List<Klantpanel> findByGemeenteIdAndJaarOrderByDatum(long gemeenteId, int jaar);
}
