package nl.gezin1plan.monitor.uitnodiging;

import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface UitnodigingRepository extends JpaRepository<Uitnodiging, Long> {

    @Query("select u from Uitnodiging u left join fetch u.organisatie left join fetch u.gebruiker where u.codeHash = ?1")
    Optional<Uitnodiging> findByCodeHash(String codeHash);

    /** Locks the invitation, so that of two simultaneous acceptances the second sees the first. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select u from Uitnodiging u where u.codeHash = ?1")
    Optional<Uitnodiging> findVoorAcceptatie(String codeHash);

    /** With each organisation's gemeenten, for the scope check, in one query. */
    @Query("""
            select u from Uitnodiging u join fetch u.organisatie o left join fetch o.gemeenten
            where u.jaar = ?1 and o.id in ?2 order by o.id, u.aangemaakt desc, u.id desc""")
    List<Uitnodiging> findByJaarEnOrganisaties(int jaar, Collection<Long> organisatieIds);

    @Query("""
            select u from Uitnodiging u where u.jaar = ?1 and u.organisatie.id = ?2
            and u.geaccepteerd is null and u.vervangen is null order by u.id""")
    List<Uitnodiging> openVan(int jaar, long organisatieId);

    /** The invitations a user chose to send (soort PERSOON) since {@code sinds}: what their daily limit counts. */
    @Query("""
            select count(u) from Uitnodiging u where u.aangemaaktDoor = ?1
            and u.soort = nl.gezin1plan.monitor.uitnodiging.UitnodigingSoort.PERSOON and u.aangemaakt > ?2""")
    long aantalPersoonlijk(String door, Instant sinds);
}
