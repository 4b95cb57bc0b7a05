package nl.gezin1plan.monitor.organisatie;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface OrganisatieRepository extends JpaRepository<Organisatie, Long> {

    @Query("select distinct o from Organisatie o join o.gemeenten g where g.id = ?1 order by o.naam")
    List<Organisatie> werkendVoor(long gemeenteId);

    List<Organisatie> findAllByOrderByNaam();

    Optional<Organisatie> findByKvkNummer(String kvkNummer);

    Optional<Organisatie> findFirstByNaamIgnoreCase(String naam);
}
