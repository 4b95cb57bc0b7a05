package nl.gezin1plan.monitor.checklist;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface ChecklistVersieRepository extends JpaRepository<ChecklistVersie, Long> {

    Optional<ChecklistVersie> findByVersie(String versie);

    Optional<ChecklistVersie> findFirstByOrderByIdDesc();
}
