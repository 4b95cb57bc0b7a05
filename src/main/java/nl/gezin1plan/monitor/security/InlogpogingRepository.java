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

    /**
     * Reserves one password check for the name, atomically, in the database: counts it and, when it is the last one
     * allowed in the window, locks the name at once. Returns 0 (nothing reserved) while the name is locked or has used
     * up its checks, so however many requests arrive at once, on however many instances, at most {@code maximum}
     * passwords are ever checked. A window that has passed, or a lock that has ended, starts the count again.
     */
    @Modifying
    @Query(value = """
            update inlogpoging set
              mislukt = case when eerste_mislukt < :grens or geblokkeerd_tot <= :nu then 1 else mislukt + 1 end,
              eerste_mislukt = case when eerste_mislukt < :grens or geblokkeerd_tot <= :nu then cast(:nu as timestamp with time zone) else eerste_mislukt end,
              geblokkeerd_tot = case when (case when eerste_mislukt < :grens or geblokkeerd_tot <= :nu then 1
                                                else mislukt + 1 end) >= :maximum then cast(:tot as timestamp with time zone) else null end
            where gebruikersnaam = :naam
              and (geblokkeerd_tot is null or geblokkeerd_tot <= :nu)
              and (mislukt < :maximum or eerste_mislukt < :grens or geblokkeerd_tot <= :nu)
            """, nativeQuery = true)
    int reserveer(String naam, Instant nu, Instant grens, Instant tot, int maximum);

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
