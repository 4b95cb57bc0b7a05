package nl.gezin1plan.monitor.mail;

import java.time.Instant;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.domain.Slice;

interface UitgaandeMailRepository extends JpaRepository<UitgaandeMail, Long> {

    /**
     * The oldest due message that waits, locked until the transaction ends; a row another sender holds is skipped,
     * so that two instances never send the same message (PostgreSQL and H2 2.5 both know SKIP LOCKED).
     */
    @Query(value = """
            select * from uitgaande_mail where status = 'WACHT' and volgende_poging <= :nu
            order by id limit 1 for update skip locked""", nativeQuery = true)
    Optional<UitgaandeMail> claimVolgende(Instant nu);

    Slice<UitgaandeMail> findAllByOrderByIdDesc(Pageable pagina);
}
