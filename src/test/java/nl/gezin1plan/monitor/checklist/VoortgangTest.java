package nl.gezin1plan.monitor.checklist;

import static nl.gezin1plan.monitor.checklist.ItemStatus.GEREED;
import static nl.gezin1plan.monitor.checklist.ItemStatus.IN_UITVOERING;
import static nl.gezin1plan.monitor.checklist.ItemStatus.NIET_GESTART;
import static nl.gezin1plan.monitor.checklist.ItemStatus.NIET_VAN_TOEPASSING;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class VoortgangTest {

    @Test
    void countsGereedAgainstApplicableItemsOnly() {
        Voortgang voortgang = Voortgang.van(List.of(GEREED, GEREED, IN_UITVOERING, NIET_GESTART, NIET_VAN_TOEPASSING));

        assertThat(voortgang.gereed()).isEqualTo(2);
        assertThat(voortgang.toepasselijk()).isEqualTo(4);
        assertThat(voortgang.totaal()).isEqualTo(5);
        assertThat(voortgang.procent()).isEqualTo(50);
    }

    @Test
    void nothingDoneIsZeroPercent() {
        assertThat(Voortgang.van(List.of(NIET_GESTART, IN_UITVOERING)).fractie()).isZero();
    }

    @Test
    void everythingNotApplicableCountsAsComplete() {
        assertThat(Voortgang.van(List.of(NIET_VAN_TOEPASSING)).procent()).isEqualTo(100);
    }

    @Test
    void emptyChecklistIsZeroPercent() {
        assertThat(Voortgang.van(List.of()).procent()).isZero();
    }
}
