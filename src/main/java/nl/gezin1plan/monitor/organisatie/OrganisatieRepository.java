package nl.gezin1plan.monitor.organisatie;

import org.springframework.data.jpa.repository.JpaRepository;

public interface OrganisatieRepository extends JpaRepository<Organisatie, Long> {
}
