package nl.gezin1plan.monitor.herinnering;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

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
        return laatsteTot(deadline, vandaag).filter(m -> !m.isBefore(opent))
                .filter(m -> laatste == null || m.isAfter(laatste));
    }

    /** The first moment on or after {@code vandaag} for a round opened on {@code opent}, unless the maximum is reached by then. */
    Optional<LocalDate> volgende(LocalDate deadline, LocalDate opent, LocalDate vandaag) {
        LocalDate vanaf = vandaag.isBefore(opent) ? opent : vandaag;
        Optional<LocalDate> volgende = eersteVanaf(deadline, vanaf);
        return volgende.filter(m -> aantalTussen(deadline, opent, m) < maximum);
    }

    String dagenVoorTekst() {
        return dagenVoor.stream().map(String::valueOf).collect(Collectors.joining(", "));
    }

    private Optional<LocalDate> laatsteTot(LocalDate deadline, LocalDate dag) {
        LocalDate beste = null;
        for (int dagen : dagenVoor) {
            LocalDate moment = deadline.minusDays(dagen);
            if (!moment.isAfter(dag) && (beste == null || moment.isAfter(beste))) {
                beste = moment;
            }
        }
        long keren = herhaalDagen > 0 ? ChronoUnit.DAYS.between(deadline, dag) / herhaalDagen : 0;
        if (keren >= 1) {
            beste = deadline.plusDays(keren * herhaalDagen);
        }
        return Optional.ofNullable(beste);
    }

    private Optional<LocalDate> eersteVanaf(LocalDate deadline, LocalDate dag) {
        LocalDate beste = null;
        for (int dagen : dagenVoor) {
            LocalDate moment = deadline.minusDays(dagen);
            if (!moment.isBefore(dag) && (beste == null || moment.isBefore(beste))) {
                beste = moment;
            }
        }
        if (herhaalDagen > 0) {
            long keren = Math.max(1, Math.ceilDiv(ChronoUnit.DAYS.between(deadline, dag), herhaalDagen));
            LocalDate moment = deadline.plusDays(keren * herhaalDagen);
            if (beste == null || moment.isBefore(beste)) {
                beste = moment;
            }
        }
        return Optional.ofNullable(beste);
    }

    /** How many moments fall from {@code opent} up to, not including, {@code tot}. */
    private long aantalTussen(LocalDate deadline, LocalDate opent, LocalDate tot) {
        long voor = dagenVoor.stream().map(deadline::minusDays)
                .filter(m -> !m.isBefore(opent) && m.isBefore(tot)).count();
        long na = herhaalDagen > 0 && tot.isAfter(deadline)
                ? (ChronoUnit.DAYS.between(deadline, tot) - 1) / herhaalDagen : 0;
        return voor + na;
    }
}
