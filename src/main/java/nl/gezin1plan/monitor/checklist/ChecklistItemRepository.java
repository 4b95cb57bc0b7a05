package nl.gezin1plan.monitor.checklist;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ChecklistItemRepository extends JpaRepository<ChecklistItem, Long> {

    @Query("""
            select i from ChecklistItem i join fetch i.sjabloonItem s
            where i.checklist.id = ?1 order by s.volgorde""")
    List<ChecklistItem> findByChecklist(long checklistId);

    @Query("""
            select i from ChecklistItem i join fetch i.sjabloonItem s join fetch i.checklist c
            join fetch c.gemeente left join fetch c.afdeling
            where i.id = ?1""")
    Optional<ChecklistItem> findMetChecklist(long itemId);

    @Query("""
            select i from ChecklistItem i join fetch i.sjabloonItem s
            where i.checklist.id in ?1 order by i.checklist.id, s.volgorde""")
    List<ChecklistItem> findByChecklists(List<Long> checklistIds);
}
