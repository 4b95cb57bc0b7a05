package nl.gezin1plan.monitor.organisatie;

import jakarta.persistence.LockModeType;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

public interface GebruikerRepository extends JpaRepository<Gebruiker, Long> {

    @EntityGraph(attributePaths = {"gemeente", "afdeling", "organisatie"})
    Optional<Gebruiker> findByGebruikersnaam(String gebruikersnaam);

    List<Gebruiker> findByRolAndActiefTrue(Rol rol);

    /** What decides whether a logged-in session of this person is still valid; read on every request. */
    @Query("select new nl.gezin1plan.monitor.organisatie.Sessiestand(g.actief, g.sessiesGeldigVanaf) "
            + "from Gebruiker g where g.gebruikersnaam = ?1")
    Optional<Sessiestand> sessiestand(String gebruikersnaam);

    List<Gebruiker> findByGebruikersnaamIn(Collection<String> gebruikersnamen);

    boolean existsByGebruikersnaam(String gebruikersnaam);

    List<Gebruiker> findByEmailIgnoreCase(String email);
    boolean existsByEmailIgnoreCase(String email);

    @Query("""
            select g from Gebruiker g left join fetch g.gemeente left join fetch g.afdeling a
            left join fetch a.gemeente left join fetch g.organisatie order by g.gebruikersnaam""")
    List<Gebruiker> alleMetScope();

    /** Active agendahouders and aandachtsfunctionarissen of these gemeenten, to show who holds the roles. */
    @Query("""
            select g from Gebruiker g left join fetch g.afdeling
            where g.actief = true and g.gemeente.id in ?1 and g.rol in ?2 order by g.naam""")
    List<Gebruiker> rolhoudersIn(Collection<Long> gemeenteIds, Collection<Rol> rollen);

    /** Locks the person's row until the transaction ends, e.g. so that one person's count-and-send runs one at a time. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select g from Gebruiker g where g.gebruikersnaam = ?1")
    List<Gebruiker> vergrendel(String gebruikersnaam);
}
