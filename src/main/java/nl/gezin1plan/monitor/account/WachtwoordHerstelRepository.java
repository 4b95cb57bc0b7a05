package nl.gezin1plan.monitor.account;

import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface WachtwoordHerstelRepository extends JpaRepository<WachtwoordHerstel, Long> {

    /**
     * The oldest request not handled yet, locked until the transaction ends; a row another instance holds is
     * skipped, so that each request is handled once (PostgreSQL and H2 2.5 both know SKIP LOCKED).
     */
    @Query(value = "select * from wachtwoord_herstel where verwerkt is null order by id limit 1 for update skip locked",
            nativeQuery = true)
    Optional<WachtwoordHerstel> claimVolgende();

    /** Requests from this address before this one within the window: the same count whatever order they are handled. */
    @Query("select count(h) from WachtwoordHerstel h where h.adres = ?1 and h.aangevraagd > ?2 and h.id < ?3")
    long eerdereVanAdres(String adres, Instant sinds, long id);

    @Query("select count(h) from WachtwoordHerstel h where h.adres = ?1 and h.aangevraagd > ?2")
    long vanAdresSinds(String adres, Instant sinds);

    /** Links sent to this person since then. */
    @Query("select count(h) from WachtwoordHerstel h where h.gebruiker.id = ?1 and h.codeHash is not null "
            + "and h.verwerkt > ?2")
    long linksVoor(long gebruikerId, Instant sinds);

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select h from WachtwoordHerstel h join fetch h.gebruiker where h.codeHash = ?1")
    Optional<WachtwoordHerstel> findVoorGebruik(String codeHash);

    @Query("select h from WachtwoordHerstel h join fetch h.gebruiker where h.codeHash = ?1")
    Optional<WachtwoordHerstel> findByCodeHash(String codeHash);

    @Query("select max(h.id) from WachtwoordHerstel h where h.gebruiker.id = ?1 and h.codeHash is not null")
    long nieuwsteLink(long gebruikerId);

    @Modifying
    @Query("delete from WachtwoordHerstel h where h.aangevraagd < ?1")
    int verwijderOuderDan(Instant grens);
}
