package nl.gezin1plan.monitor.uitvraag;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface UitvraagGebeurtenisRepository extends JpaRepository<UitvraagGebeurtenis, Long> {

    List<UitvraagGebeurtenis> findByUitvraagIdOrderByOpDesc(long uitvraagId);
}
