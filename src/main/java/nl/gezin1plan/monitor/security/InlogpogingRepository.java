package nl.gezin1plan.monitor.security;

import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface InlogpogingRepository extends JpaRepository<Inlogpoging, String> {

    /** Makes sure the row exists, without failing when a parallel request made it first. */
    @Modifying
    @Query(value = "insert into inlogpoging (gebruikersnaam, mislukt, eerste_mislukt) values (:naam, 0, :nu) "
            + "on conflict do nothing", nativeQuery = true)
    void maakAan(String naam, Instant nu);

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select p from Inlogpoging p where p.gebruikersnaam = :naam")
    Optional<Inlogpoging> findVoorWijziging(String naam);

    @Query("select p from Inlogpoging p where p.geblokkeerdTot > :nu")
    java.util.List<Inlogpoging> geblokkeerd(Instant nu);

    @Modifying
    @Query("delete from Inlogpoging p where p.eersteMislukt < :grens "
            + "and (p.geblokkeerdTot is null or p.geblokkeerdTot < :nu)")
    void verwijderVerlopen(Instant grens, Instant nu);
}
