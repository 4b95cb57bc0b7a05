package nl.gezin1plan.monitor.keurmerk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;
import nl.gezin1plan.monitor.PostgresTest;
import nl.gezin1plan.monitor.TestGegevens;
import nl.gezin1plan.monitor.base.OngeldigeInvoer;
import nl.gezin1plan.monitor.organisatie.Rol;
import nl.gezin1plan.monitor.uitvraag.UitvraagFixture;
import nl.gezin1plan.monitor.uitvraag.UitvraagInhoudLezer;
import nl.gezin1plan.monitor.uitvraag.UitvraagService;
import nl.gezin1plan.monitor.uitvraag.Voorwaarde;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.security.access.AccessDeniedException;

/** Every keurmerk rule of the questionnaire's data, met, not met and unknown, through the services. */
@PostgresTest
class KeurmerkServiceTest {

    @Autowired
    KeurmerkService keurmerk;
    @Autowired
    UitvraagService uitvragen;
    @Autowired
    UitvraagFixture fixture;
    @Autowired
    TestGegevens gegevens;

    @AfterEach
    void logUit() {
        gegevens.logUit();
    }

    static Stream<KeurmerkCriterium> criteria() throws IOException {
        return KeurmerkCriteria.van(new UitvraagInhoudLezer().lees(new ClassPathResource("content/uitvraag/uitvraag-2019.json")
                .getContentAsString(StandardCharsets.UTF_8))).stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("criteria")
    void eachCriterionIsMetNotMetAndUnknownAsItsRuleSays(KeurmerkCriterium criterium) {
        var opzet = fixture.nieuw(2026, true);
        fixture.beantwoordAlles(opzet.uitvraagId(), Map.of());
        assertThat(keurmerk.uitslag(opzet.uitvraagId()).criterium(criterium.sleutel()).uitkomst())
                .isEqualTo(Uitkomst.VOLDAAN);

        Voorwaarde laatste = criterium.regel().getLast();
        uitvragen.beantwoord(opzet.uitvraagId(), laatste.vraag(), "nee");
        CriteriumUitslag nietVoldaan = keurmerk.uitslag(opzet.uitvraagId()).criterium(criterium.sleutel());
        assertThat(nietVoldaan.uitkomst()).isEqualTo(Uitkomst.NIET_VOLDAAN);
        assertThat(nietVoldaan.openPunten()).isNotEmpty();

        uitvragen.beantwoord(opzet.uitvraagId(), laatste.vraag(), "");
        assertThat(keurmerk.uitslag(opzet.uitvraagId()).criterium(criterium.sleutel()).uitkomst())
                .isEqualTo(Uitkomst.ONBEKEND);
    }

    @Test
    void respondentSeesTheirOwnResultWithTheCriteriaNotMet() {
        var opzet = fixture.ingediend(2026, false, Map.of("regisseurs_module_1_en_2", "nee"));

        KeurmerkUitslag uitslag = keurmerk.mijnUitslag(2026).orElseThrow();

        assertThat(uitslag.totaal()).isEqualTo(Uitkomst.NIET_VOLDAAN);
        assertThat(uitslag.criteria()).filteredOn(c -> c.uitkomst() == Uitkomst.NIET_VOLDAAN)
                .extracting(c -> c.criterium().sleutel()).containsExactly("V5");
        assertThat(uitslag.criterium("B2").uitkomst()).isEqualTo(Uitkomst.NIET_VAN_TOEPASSING);
    }

    @Test
    void theAgendahouderOverridesACriterionWithAReason() {
        var opzet = fixture.nieuw(2026, false);
        fixture.beantwoordAlles(opzet.uitvraagId(), Map.of("competentieprofiel_regisseur", "nee"));
        gegevens.logIn(opzet.agendahouder());

        assertThatThrownBy(() -> keurmerk.beoordeel(opzet.uitvraagId(), "V4", Uitkomst.VOLDAAN, ""))
                .isInstanceOf(OngeldigeInvoer.class);
        KeurmerkUitslag uitslag = keurmerk.beoordeel(opzet.uitvraagId(), "V4", Uitkomst.VOLDAAN,
                "Wervingsprocedure met competentieprofiel ingezien");

        assertThat(uitslag.criterium("V4").afgeleid()).isEqualTo(Uitkomst.NIET_VOLDAAN);
        assertThat(uitslag.criterium("V4").uitkomst()).isEqualTo(Uitkomst.VOLDAAN);
        assertThat(uitslag.criterium("V4").oordeel().door()).isEqualTo(opzet.agendahouder());
        assertThat(uitslag.totaal()).isEqualTo(Uitkomst.VOLDAAN);
        assertThat(keurmerk.rondeOverzicht(2026)).singleElement()
                .satisfies(r -> assertThat(r.keurmerk().totaal()).isEqualTo(Uitkomst.VOLDAAN));
    }

    @Test
    void judgementsOfTheYearStayWithinTheCallersScope() {
        var eigen = fixture.nieuw(2026, false);
        var vreemd = fixture.nieuw(2026, false);
        for (var opzet : java.util.List.of(eigen, vreemd)) {
            gegevens.logIn(opzet.agendahouder());
            keurmerk.beoordeel(opzet.uitvraagId(), "V1", Uitkomst.VOLDAAN, "Vastgesteld beleid gezien.");
        }

        gegevens.logIn(eigen.agendahouder());
        assertThat(keurmerk.oordelenVanJaar(2026)).containsKey(eigen.uitvraagId())
                .doesNotContainKey(vreemd.uitvraagId());
        assertThat(keurmerk.oordelenVanJaar(2026).get(eigen.uitvraagId()).get("V1")).satisfies(o -> {
            assertThat(o.uitkomst()).isEqualTo(Uitkomst.VOLDAAN);
            assertThat(o.reden()).isEqualTo("Vastgesteld beleid gezien.");
            assertThat(o.door()).isEqualTo(eigen.agendahouder());
            assertThat(o.op()).isNotNull();
        });
        gegevens.logIn(eigen.respondent());
        assertThat(keurmerk.oordelenVanJaar(2026)).containsOnlyKeys(eigen.uitvraagId());
        gegevens.logIn(gegevens.regionaal(Rol.ACCOUNTMANAGER));
        assertThat(keurmerk.oordelenVanJaar(2026)).containsKeys(eigen.uitvraagId(), vreemd.uitvraagId());
        gegevens.logIn(gegevens.aandachtsfunctionaris(gegevens.afdeling(eigen.gemeente())));
        assertThatThrownBy(() -> keurmerk.oordelenVanJaar(2026)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void onlyTheGemeenteOfTheOrganisationMayOverride() {
        var opzet = fixture.nieuw(2026, false);

        assertThatThrownBy(() -> keurmerk.beoordeel(opzet.uitvraagId(), "V1", Uitkomst.VOLDAAN, "zelf"))
                .isInstanceOf(AccessDeniedException.class);
        gegevens.logIn(gegevens.agendahouder(gegevens.gemeente()));
        assertThatThrownBy(() -> keurmerk.beoordeel(opzet.uitvraagId(), "V1", Uitkomst.VOLDAAN, "vreemd"))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void roundOverviewShowsStatusProgressAndKeurmerkOfTheGemeentesOrganisations() {
        var opzet = fixture.nieuw(2026, false);
        Map<String, String> deels = new HashMap<>();
        deels.put("werkt_volgens_richtlijn", "ja");
        deels.forEach((vraag, waarde) -> uitvragen.beantwoord(opzet.uitvraagId(), vraag, waarde));
        gegevens.logIn(opzet.agendahouder());

        RondeRegel regel = keurmerk.rondeOverzicht(2026).getFirst();

        assertThat(keurmerk.rondeOverzicht(2026)).hasSize(1);
        assertThat(regel.organisatie()).isEqualTo(opzet.organisatie().getNaam());
        assertThat(regel.status().label()).isEqualTo("Concept");
        assertThat(regel.beantwoord()).isEqualTo(1);
        assertThat(regel.keurmerk().totaal()).isEqualTo(Uitkomst.ONBEKEND);
    }
}
