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

    /** Just the values, without loading entities: for overviews over thousands of organisations. */
    @Query("select new nl.gezin1plan.monitor.uitvraag.AntwoordWaarde(a.uitvraag.id, a.vraag, a.waarde) "
            + "from Antwoord a where a.uitvraag.id in ?1")
    List<AntwoordWaarde> waardenVan(Collection<Long> uitvraagIds);
}
