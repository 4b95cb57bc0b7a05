package nl.gezin1plan.monitor.uitvraag;

import java.time.LocalDate;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The deadline an organisation has for its uitvraag of a year (its own, else the round's), for messages sent on the
 * round's behalf, also to someone not logged in. A date reveals nothing, so there is no scope check.
 */
@Component
public class UitvraagDeadline {

    private final UitvraagRepository uitvragen;

    UitvraagDeadline(UitvraagRepository uitvragen) {
        this.uitvragen = uitvragen;
    }

    @Transactional(readOnly = true)
    public Optional<LocalDate> van(int jaar, long organisatieId) {
        return uitvragen.findByJaarEnOrganisatie(jaar, organisatieId).map(Uitvraag::getDeadline);
    }
}
