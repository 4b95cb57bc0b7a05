package nl.gezin1plan.monitor.uitvraag;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface UitvraagDefinitieRepository extends JpaRepository<UitvraagDefinitie, Long> {

    Optional<UitvraagDefinitie> findByVersie(String versie);

    Optional<UitvraagDefinitie> findFirstByOrderByIdDesc();
}
