package nl.gezin1plan.monitor.herinnering;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class MomentenTest {

    static final LocalDate OPENT = LocalDate.of(2030, 1, 1);
    static final LocalDate DEADLINE = LocalDate.of(2030, 3, 1);

    /** Runs the schedule every day from the opening to {@code tot}, as the job would, and lists the days it sends. */
    static List<LocalDate> verzonden(Momenten momenten, LocalDate deadline, LocalDate tot) {
        List<LocalDate> dagen = new ArrayList<>();
        LocalDate laatste = null;
        for (LocalDate dag = OPENT; !dag.isAfter(tot); dag = dag.plusDays(1)) {
            var moment = momenten.teVersturen(deadline, OPENT, dagen.size(), laatste, dag);
            if (moment.isPresent()) {
                dagen.add(dag);
                laatste = moment.get();
            }
        }
        return dagen;
    }

    @Test
    void theDefaultSendsFourteenAndThreeDaysBeforeTheDeadlineThenWeeklyUntilFiveWereSent() {
        assertThat(verzonden(Momenten.STANDAARD, DEADLINE, DEADLINE.plusDays(100))).containsExactly(
                DEADLINE.minusDays(14), DEADLINE.minusDays(3), DEADLINE.plusDays(7), DEADLINE.plusDays(14),
                DEADLINE.plusDays(21));
    }

    @Test
    void withoutRepeatsNothingIsSentAfterTheDeadline() {
        assertThat(verzonden(new Momenten(List.of(3, 10), 0, 20), DEADLINE, DEADLINE.plusDays(60)))
                .containsExactly(DEADLINE.minusDays(10), DEADLINE.minusDays(3));
    }

    @Test
    void aMaximumOfZeroSendsNothing() {
        assertThat(verzonden(new Momenten(List.of(14, 3), 7, 0), DEADLINE, DEADLINE.plusDays(60))).isEmpty();
    }

    @Test
    void momentsMissedWhileNothingRanAreSentOnceNotOncePerMissedMoment() {
        LocalDate laatNa = DEADLINE.plusDays(20);

        assertThat(Momenten.STANDAARD.teVersturen(DEADLINE, OPENT, 0, null, laatNa)).contains(DEADLINE.plusDays(14));
        assertThat(Momenten.STANDAARD.teVersturen(DEADLINE, OPENT, 1, DEADLINE.plusDays(14), laatNa)).isEmpty();
        assertThat(Momenten.STANDAARD.teVersturen(DEADLINE, OPENT, 1, DEADLINE.plusDays(14), DEADLINE.plusDays(21)))
                .contains(DEADLINE.plusDays(21));
    }

    @Test
    void aMomentBeforeTheRoundOpenedIsNotSentOnTheDayItOpens() {
        LocalDate opentLaat = DEADLINE.minusDays(10);

        assertThat(Momenten.STANDAARD.teVersturen(DEADLINE, opentLaat, 0, null, opentLaat)).isEmpty();
        assertThat(Momenten.STANDAARD.teVersturen(DEADLINE, opentLaat, 0, null, DEADLINE.minusDays(3)))
                .contains(DEADLINE.minusDays(3));
    }

    @Test
    void theNextMomentIsTheFirstFromTodayUnlessTheMaximumIsReachedBefore() {
        assertThat(Momenten.STANDAARD.volgende(DEADLINE, OPENT, OPENT)).contains(DEADLINE.minusDays(14));
        assertThat(Momenten.STANDAARD.volgende(DEADLINE, OPENT, DEADLINE.minusDays(3))).contains(DEADLINE.minusDays(3));
        assertThat(Momenten.STANDAARD.volgende(DEADLINE, OPENT, DEADLINE)).contains(DEADLINE.plusDays(7));
        assertThat(Momenten.STANDAARD.volgende(DEADLINE, OPENT, DEADLINE.plusDays(15))).contains(DEADLINE.plusDays(21));
        assertThat(Momenten.STANDAARD.volgende(DEADLINE, OPENT, DEADLINE.plusDays(22))).isEmpty();
    }

    @Test
    void theDaysBeforeAreKeptLargestFirstAndEachOnce() {
        assertThat(new Momenten(List.of(3, 14, 3), 7, 5).dagenVoorTekst()).isEqualTo("14, 3");
        assertThat(HerinneringSchema.momenten("3,14", 7, 5)).isEqualTo(new Momenten(List.of(14, 3), 7, 5));
    }
}
