package nl.gezin1plan.monitor.rapportage;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface DialoogsessieRepository extends JpaRepository<Dialoogsessie, Long> {

    List<Dialoogsessie> findByGemeenteIdAndJaarOrderByDatum(long gemeenteId, int jaar);
}
