package nl.gezin1plan.monitor.organisatie;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface AfdelingRepository extends JpaRepository<Afdeling, Long> {

    List<Afdeling> findByGemeenteIdOrderByNaam(Long gemeenteId);

    List<Afdeling> findAllByOrderByNaam();
}
