package nl.gezin1plan.monitor.herinnering;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * When reminders fall due for one deadline: so many days before it, then every {@code herhaalDagen} days after it
 * (0: not after it), at most {@code maximum} per uitvraag. {@code dagenVoor} is sorted, largest first.
 */
record Momenten(List<Integer> dagenVoor, int herhaalDagen, int maximum) {

    static final Momenten STANDAARD = new Momenten(List.of(14, 3), 7, 5);

    Momenten {
        dagenVoor = dagenVoor.stream().distinct().sorted((a, b) -> b - a).toList();
    }

    /**
     * The reminder due on {@code vandaag}: the latest moment that has come, not before the round opened and later
     * than the last one sent. A moment missed while nothing ran is sent once, not once per missed moment.
     */
    Optional<LocalDate> teVersturen(LocalDate deadline, LocalDate opent, int verstuurd, LocalDate laatste,
                                    LocalDate vandaag) {
        if (verstuurd >= maximum) {
            return Optional.empty();
        }
        return alle(deadline).takeWhile(m -> !m.isAfter(vandaag)).reduce((eerder, later) -> later)
                .filter(m -> !m.isBefore(opent))
                .filter(m -> laatste == null || m.isAfter(laatste));
    }

    /** The first moment on or after {@code vandaag} for a round opened on {@code opent}, unless the maximum is reached by then. */
    Optional<LocalDate> volgende(LocalDate deadline, LocalDate opent, LocalDate vandaag) {
        return alle(deadline).filter(m -> !m.isBefore(opent)).limit(maximum)
                .filter(m -> !m.isBefore(vandaag)).findFirst();
    }

    String dagenVoorTekst() {
        return dagenVoor.stream().map(String::valueOf).collect(Collectors.joining(", "));
    }

    /** Every moment in order: the days before the deadline, then the repeats after it (without end). */
    private Stream<LocalDate> alle(LocalDate deadline) {
        Stream<LocalDate> voor = dagenVoor.stream().map(deadline::minusDays);
        Stream<LocalDate> na = herhaalDagen > 0
                ? Stream.iterate(deadline.plusDays(herhaalDagen), m -> m.plusDays(herhaalDagen)) : Stream.empty();
        return Stream.concat(voor, na);
    }
}
