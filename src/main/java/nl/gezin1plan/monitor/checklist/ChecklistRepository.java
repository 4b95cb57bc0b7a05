package nl.gezin1plan.monitor.checklist;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ChecklistRepository extends JpaRepository<Checklist, Long> {

    Optional<Checklist> findByEigenaarAndJaar(String eigenaar, int jaar);

    @Query("select distinct c.jaar from Checklist c where c.eigenaar = ?1 order by c.jaar")
    List<Integer> jarenVan(String eigenaar);

    @Query("""
            select c from Checklist c join fetch c.gemeente g left join fetch c.afdeling join fetch c.versie
            where c.jaar = ?1 and g.id in ?2 order by g.naam, c.soort desc, c.id""")
    List<Checklist> findByJaarInGemeenten(int jaar, List<Long> gemeenteIds);
}
