package nl.gezin1plan.monitor.uitvraag;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import jakarta.persistence.LockModeType;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface UitvraagRepository extends JpaRepository<Uitvraag, Long> {

    @Query("""
            select u from Uitvraag u join fetch u.ronde r join fetch r.definitie join fetch u.organisatie
            where u.id = ?1""")
    Optional<Uitvraag> findVolledig(long id);

    /** Locks the uitvraag so that answers and submission of one organisation happen one at a time. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select u from Uitvraag u where u.id = ?1")
    Optional<Uitvraag> findVoorWijziging(long id);

    @Query("select u from Uitvraag u join fetch u.ronde r where r.jaar = ?1 and u.organisatie.id = ?2")
    Optional<Uitvraag> findByJaarEnOrganisatie(int jaar, long organisatieId);

    @Query("""
            select u from Uitvraag u join fetch u.ronde r join fetch u.organisatie o
            where r.jaar = ?1 and o.id in ?2 order by o.naam""")
    List<Uitvraag> findByJaarEnOrganisaties(int jaar, Collection<Long> organisatieIds);
}
