package nl.gezin1plan.monitor.keurmerk;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface KeurmerkOordeelRepository extends JpaRepository<KeurmerkOordeel, Long> {

    List<KeurmerkOordeel> findByUitvraagId(long uitvraagId);

    List<KeurmerkOordeel> findByUitvraagIdIn(Collection<Long> uitvraagIds);

    @org.springframework.data.jpa.repository.Query("""
            select k from KeurmerkOordeel k
            where k.uitvraagId in (select u.id from Uitvraag u where u.ronde.jaar = ?1)""")
    List<KeurmerkOordeel> vanJaar(int jaar);

    @org.springframework.data.jpa.repository.Query("""
            select k from KeurmerkOordeel k
            where k.uitvraagId in (select u.id from Uitvraag u join u.organisatie o join o.gemeenten g
                                   where u.ronde.jaar = ?1 and g.id = ?2)""")
    List<KeurmerkOordeel> vanJaarInGemeente(int jaar, long gemeenteId);

    @org.springframework.data.jpa.repository.Query("""
            select k from KeurmerkOordeel k
            where k.uitvraagId in (select u.id from Uitvraag u where u.ronde.jaar = ?1 and u.organisatie.id = ?2)""")
    List<KeurmerkOordeel> vanJaarVanOrganisatie(int jaar, long organisatieId);

    Optional<KeurmerkOordeel> findByUitvraagIdAndCriterium(long uitvraagId, String criterium);
}
