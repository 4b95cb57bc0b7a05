package nl.gezin1plan.monitor.uitvraag;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface AntwoordRepository extends JpaRepository<Antwoord, Long> {

    List<Antwoord> findByUitvraagId(long uitvraagId);

    Optional<Antwoord> findByUitvraagIdAndVraag(long uitvraagId, String vraag);

    @Query("select a from Antwoord a where a.uitvraag.id in ?1")
    List<Antwoord> findByUitvragen(Collection<Long> uitvraagIds);
}
