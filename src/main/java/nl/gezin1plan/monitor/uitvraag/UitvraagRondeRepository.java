package nl.gezin1plan.monitor.uitvraag;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface UitvraagRondeRepository extends JpaRepository<UitvraagRonde, Long> {

    Optional<UitvraagRonde> findByJaar(int jaar);
}
