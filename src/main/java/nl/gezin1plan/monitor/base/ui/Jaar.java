package nl.gezin1plan.monitor.base.ui;

import com.vaadin.flow.router.BeforeEnterEvent;
import java.time.Clock;
import java.time.LocalDate;

/** The year a view shows: the {@code jaar} query parameter when it is a year, otherwise the current year. */
public final class Jaar {

    private Jaar() {
    }

    public static int uit(BeforeEnterEvent event, Clock clock) {
        return event.getLocation().getQueryParameters().getSingleParameter("jaar")
                .filter(j -> j.matches("\\d{4}")).map(Integer::parseInt).orElse(LocalDate.now(clock).getYear());
    }
}
