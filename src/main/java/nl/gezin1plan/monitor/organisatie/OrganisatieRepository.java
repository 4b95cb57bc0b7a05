package nl.gezin1plan.monitor.organisatie;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface OrganisatieRepository extends JpaRepository<Organisatie, Long> {

    @Query("select distinct o from Organisatie o join o.gemeenten g where g.id = ?1 order by o.naam")
    List<Organisatie> werkendVoor(long gemeenteId);

    List<Organisatie> findAllByOrderByNaam();

    Optional<Organisatie> findByKvkNummer(String kvkNummer);

    List<Organisatie> findByKvkNummerIn(Collection<String> kvkNummers);

    /** Organisations whose lower-case name is one of {@code namen}, oldest first. */
    @Query("select o from Organisatie o where lower(o.naam) in ?1 order by o.id")
    List<Organisatie> metKleineNaamIn(Collection<String> namen);
}
