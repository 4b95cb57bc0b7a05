package nl.gezin1plan.monitor.uitvraag;

import java.util.List;

/**
 * Published within the transaction that opened a round or added organisations to it: these organisations got their
 * uitvraag of {@code jaar}. Listeners that run synchronously take part in that transaction.
 */
public record UitvragenGeopend(int jaar, List<Long> organisatieIds) {

    public UitvragenGeopend {
        organisatieIds = List.copyOf(organisatieIds);
    }
}
