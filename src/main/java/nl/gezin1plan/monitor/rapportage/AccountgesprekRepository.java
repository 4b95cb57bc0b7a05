package nl.gezin1plan.monitor.rapportage;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface AccountgesprekRepository extends JpaRepository<Accountgesprek, Long> {

    List<Accountgesprek> findByOrganisatieIdOrderByDatumDesc(long organisatieId);

    @Query("""
            select a from Accountgesprek a where a.vervolgactie is not null and a.vervolgAfgerond = false
            and a.vervolgDatum < ?1 order by a.vervolgDatum, a.id""")
    List<Accountgesprek> verlopenVervolg(LocalDate vandaag);

    @Query("select a from Accountgesprek a where a.organisatieId in ?1 order by a.datum desc, a.id desc")
    List<Accountgesprek> vanOrganisaties(Collection<Long> organisatieIds);

    @Query("select a from Accountgesprek a order by a.datum desc, a.id desc")
    List<Accountgesprek> alle();
}
