package nl.gezin1plan.monitor.organisatie;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface GemeenteRepository extends JpaRepository<Gemeente, Long> {

    List<Gemeente> findAllByOrderByNaam();
}
