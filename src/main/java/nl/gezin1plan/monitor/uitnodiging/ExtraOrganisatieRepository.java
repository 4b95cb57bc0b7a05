package nl.gezin1plan.monitor.uitnodiging;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ExtraOrganisatieRepository extends JpaRepository<ExtraOrganisatie, ExtraOrganisatie.Sleutel> {

    @Query("select e from ExtraOrganisatie e where e.sleutel.gebruikerId = ?1")
    List<ExtraOrganisatie> vanGebruiker(long gebruikerId);
}
