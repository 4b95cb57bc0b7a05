package nl.gezin1plan.monitor.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.gezin1plan.monitor.PostgresTest;
import nl.gezin1plan.monitor.TestGegevens;
import nl.gezin1plan.monitor.keurmerk.KeurmerkService;
import nl.gezin1plan.monitor.keurmerk.RondeRegel;
import nl.gezin1plan.monitor.keurmerk.Uitkomst;
import nl.gezin1plan.monitor.keurmerk.VastgelegdeUitslag;
import nl.gezin1plan.monitor.uitvraag.UitvraagFilter;
import nl.gezin1plan.monitor.uitvraag.UitvraagRondeService;
import nl.gezin1plan.monitor.uitvraag.UitvraagStatus;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@PostgresTest
class DemoUitvraagTest {

    @Autowired
    KeurmerkService keurmerk;
    @Autowired
    UitvraagRondeService rondes;
    @Autowired
    TestGegevens gegevens;

    @AfterEach
    void logUit() {
        gegevens.logUit();
    }

    @Test
    void everyDemoOrganisationsStatusProgressAndKeurmerkAgreeIn2026() {
        gegevens.logIn("beheerder");

        List<RondeRegel> demo = keurmerk.rondeOverzicht(2026).stream()
                .filter(r -> r.organisatie().endsWith("(demo)")).toList();
        Map<Long, VastgelegdeUitslag> vastgelegd = keurmerk.vastgelegd(2026, UitvraagFilter.ALLES).stream()
                .collect(Collectors.toMap(VastgelegdeUitslag::uitvraagId, Function.identity()));

        assertThat(demo).extracting(RondeRegel::status).contains(UitvraagStatus.values());
        for (RondeRegel regel : demo) {
            VastgelegdeUitslag kept = vastgelegd.get(regel.uitvraagId());
            assertThat(kept.status()).as(regel.organisatie()).isEqualTo(regel.status());
            assertThat(kept.totaal()).as(regel.organisatie()).isEqualTo(regel.keurmerk().totaal());
            if (regel.status() == UitvraagStatus.NIET_GESTART) {
                assertThat(regel.beantwoord()).as(regel.organisatie()).isZero();
                assertThat(kept.procentBeantwoord()).as(regel.organisatie()).isZero();
                assertThat(regel.keurmerk().totaal()).as(regel.organisatie()).isEqualTo(Uitkomst.ONBEKEND);
            }
            if (kept.procentBeantwoord() == 100 || regel.keurmerk().totaal() == Uitkomst.VOLDAAN) {
                assertThat(regel.status()).as(regel.organisatie()).isNotEqualTo(UitvraagStatus.NIET_GESTART);
            }
        }
    }
}
