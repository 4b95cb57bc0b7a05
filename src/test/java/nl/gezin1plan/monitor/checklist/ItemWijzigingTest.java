package nl.gezin1plan.monitor.checklist;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ItemWijzigingTest {

    @Test
    void aCompleteChangeHasNoErrors() {
        assertThat(new ItemWijziging("Richtlijn vaststellen in MT", "Beleidsadviseur", LocalDate.of(2026, 3, 1),
                ItemStatus.IN_UITVOERING, null, "Ü én ß mogen ook").fouten()).isEmpty();
    }

    @Test
    void tooLongTextIsRefusedWithTheLimitAndTheLength() {
        String lang = "x".repeat(ItemWijziging.MAX_VERANTWOORDELIJKE + 1);

        assertThat(new ItemWijziging(null, lang, null, ItemStatus.NIET_GESTART, null, null).fouten())
                .containsEntry("verantwoordelijke", "Maximaal 200 tekens; nu 201.");
    }

    @Test
    void statusIsRequired() {
        assertThat(new ItemWijziging(null, null, null, null, null, null).fouten()).containsKey("status");
    }

    @Test
    void notApplicableNeedsAReason() {
        assertThat(new ItemWijziging(null, null, null, ItemStatus.NIET_VAN_TOEPASSING, "  ", null).fouten())
                .containsEntry("redenNietVanToepassing", "Geef aan waarom dit item niet van toepassing is.");
    }

    @Test
    void workInProgressNeedsAnAction() {
        assertThat(new ItemWijziging(" ", null, null, ItemStatus.GEREED, null, null).fouten())
                .containsKey("geplandeActie");
    }

    @Test
    void planningOutsideThePlausibleRangeIsRefused() {
        assertThat(new ItemWijziging(null, null, LocalDate.of(1999, 12, 31), ItemStatus.NIET_GESTART, null, null)
                .fouten()).containsKey("planning");
    }

    @Test
    void blankTextIsStoredAsNothingAndTrimmed() {
        ItemWijziging wijziging = new ItemWijziging("  actie  ", "", null, ItemStatus.NIET_GESTART, null, null);

        assertThat(wijziging.geplandeActie()).isEqualTo("actie");
        assertThat(wijziging.verantwoordelijke()).isNull();
    }
}
