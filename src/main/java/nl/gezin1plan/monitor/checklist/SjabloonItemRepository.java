package nl.gezin1plan.monitor.checklist;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface SjabloonItemRepository extends JpaRepository<SjabloonItem, Long> {

    List<SjabloonItem> findByVersieAndSoortOrderByVolgorde(ChecklistVersie versie, ChecklistSoort soort);
}
