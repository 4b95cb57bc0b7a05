package nl.gezin1plan.monitor.organisatie;

import org.springframework.data.jpa.repository.JpaRepository;

public interface RegioRepository extends JpaRepository<Regio, Long> {
}
