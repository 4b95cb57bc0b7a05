package nl.gezin1plan.monitor.keurmerk;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.sql.DataSource;
import nl.gezin1plan.monitor.PostgresTest;
import nl.gezin1plan.monitor.TestGegevens;
import nl.gezin1plan.monitor.beheer.OrganisatieGegevens;
import nl.gezin1plan.monitor.beheer.OrganisatieRegisterService;
import nl.gezin1plan.monitor.organisatie.Organisatie;
import nl.gezin1plan.monitor.organisatie.OrganisatieRepository;
import nl.gezin1plan.monitor.organisatie.Rol;
import nl.gezin1plan.monitor.uitvraag.StandVastlegging;
import nl.gezin1plan.monitor.uitvraag.UitvraagFilter;
import nl.gezin1plan.monitor.uitvraag.UitvraagFixture;
import nl.gezin1plan.monitor.uitvraag.UitvraagService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The progress kept on each uitvraag row and the keurmerk kept in keurmerk's own tables always equal what the answers
 * and judgements give when computed afresh: after an answer, a judgement, a change of the youth flag, and when filled
 * at start-up.
 */
@PostgresTest
class VastgelegdeUitslagTest {

    private static final int JAAR = 2063;

    @Autowired
    UitvraagFixture fixture;
    @Autowired
    UitvraagService uitvragen;
    @Autowired
    KeurmerkService keurmerk;
    @Autowired
    OrganisatieRegisterService register;
    @Autowired
    OrganisatieRepository organisaties;
    @Autowired
    StandVastlegging vastlegging;
    @Autowired
    TestGegevens gegevens;
    @Autowired
    DataSource dataSource;

    @AfterEach
    void logUit() {
        gegevens.logUit();
    }

    @Test
    void aRoundOpensWithAKeptResultAndEveryAnswerKeepsItCurrent() {
        var opzet = fixture.nieuw(JAAR, true);
        assertThat(bewaard(opzet.uitvraagId())).isEqualTo(vers(opzet.uitvraagId()));
        assertThat(bewaard(opzet.uitvraagId()).get("procent")).isEqualTo("0");

        fixture.beantwoordAlles(opzet.uitvraagId(), Map.of());
        assertThat(bewaard(opzet.uitvraagId())).isEqualTo(vers(opzet.uitvraagId()))
                .containsEntry("procent", "100").containsEntry("totaal", "VOLDAAN");

        uitvragen.beantwoord(opzet.uitvraagId(), "regisseurs_module_1_en_2", "nee");
        assertThat(bewaard(opzet.uitvraagId())).isEqualTo(vers(opzet.uitvraagId()))
                .containsEntry("totaal", "NIET_VOLDAAN").containsEntry("V5", "NIET_VOLDAAN");
    }

    @Test
    void aJudgementOfTheGemeenteIsKept() {
        var opzet = fixture.nieuw(JAAR, false);
        fixture.beantwoordAlles(opzet.uitvraagId(), Map.of("regisseurs_module_1_en_2", "nee"));
        gegevens.logIn(opzet.agendahouder());

        keurmerk.beoordeel(opzet.uitvraagId(), "V5", Uitkomst.VOLDAAN, "Certificaten gezien bij het accountgesprek.");

        assertThat(bewaard(opzet.uitvraagId())).isEqualTo(vers(opzet.uitvraagId()))
                .containsEntry("V5", "VOLDAAN").containsEntry("totaal", "VOLDAAN");
    }

    @Test
    void changingTheYouthFlagRecomputesEveryYearOfTheOrganisation() {
        var opzet = fixture.nieuw(JAAR, false);
        fixture.beantwoordAlles(opzet.uitvraagId(), Map.of());
        assertThat(bewaard(opzet.uitvraagId())).containsEntry("procent", "100");
        gegevens.logIn(opzet.agendahouder());
        Organisatie organisatie = organisaties.findById(opzet.organisatie().getId()).orElseThrow();

        register.wijzig(organisatie.getId(), organisatie.getVersion(), new OrganisatieGegevens(organisatie.getNaam(),
                organisatie.getKvkNummer(), organisatie.getType(), true, Set.of(opzet.gemeente().getId()), List.of()));

        assertThat(bewaard(opzet.uitvraagId())).isEqualTo(vers(opzet.uitvraagId()));
        assertThat(Integer.parseInt(bewaard(opzet.uitvraagId()).get("procent"))).isLessThan(100);
    }

    @Test
    void resultsMissingAtStartUpAreFilled() {
        var opzet = fixture.nieuw(JAAR, true);
        fixture.beantwoordAlles(opzet.uitvraagId(), Map.of());
        Map<String, String> voor = bewaard(opzet.uitvraagId());
        JdbcTemplate sql = new JdbcTemplate(dataSource);
        sql.update("update uitvraag set procent_beantwoord = null where id = ?", opzet.uitvraagId());
        sql.update("delete from keurmerk_totaal where uitvraag_id = ?", opzet.uitvraagId());
        assertThat(bewaard(opzet.uitvraagId())).containsEntry("totaal", null);

        assertThat(vastlegging.vulOntbrekende()).contains(JAAR);

        assertThat(bewaard(opzet.uitvraagId())).isEqualTo(voor).isEqualTo(vers(opzet.uitvraagId()));
    }

    @Test
    void theDashboardCountPerCriterionEqualsTheKeptRowsAlsoForAResultNotKeptYet() {
        var volledig = fixture.nieuw(JAAR, true);
        fixture.beantwoordAlles(volledig.uitvraagId(), Map.of());
        var half = fixture.nieuw(JAAR, false);
        fixture.beantwoordAlles(half.uitvraagId(), Map.of("regisseurs_module_1_en_2", "nee"));
        new JdbcTemplate(dataSource).update("delete from keurmerk_totaal where uitvraag_id = ?", half.uitvraagId());
        gegevens.logIn(gegevens.regionaal(Rol.BEHEERDER));

        RondeKeurmerk ronde = keurmerk.rondeKeurmerk(JAAR, UitvraagFilter.ALLES);

        Map<String, Long> perRij = new HashMap<>();
        for (VastgelegdeUitslag rij : keurmerk.vastgelegd(JAAR, UitvraagFilter.ALLES)) {
            rij.criteria().forEach((criterium, uitkomst) -> {
                if (uitkomst == Uitkomst.VOLDAAN) {
                    perRij.merge(criterium, 1L, Long::sum);
                }
            });
        }
        assertThat(ronde.voldaanPerCriterium()).isEqualTo(perRij);
        assertThat(ronde.uitslagen()).extracting(VastgelegdeUitslag::uitvraagId)
                .contains(volledig.uitvraagId(), half.uitvraagId());
        assertThat(ronde.uitslagen()).allSatisfy(r -> assertThat(r.criteria()).isEmpty());

        gegevens.logIn(half.agendahouder());
        RondeKeurmerk eigen = keurmerk.rondeKeurmerk(JAAR, UitvraagFilter.ALLES);
        assertThat(eigen.uitslagen()).singleElement().extracting(VastgelegdeUitslag::uitvraagId)
                .isEqualTo(half.uitvraagId());
        Map<String, String> vers = vers(half.uitvraagId());
        assertThat(vers).containsEntry("V5", "NIET_VOLDAAN");
        vers.forEach((sleutel, waarde) -> {
            if (sleutel.startsWith("V")) {
                assertThat(eigen.voldaan(sleutel)).as(sleutel).isEqualTo(waarde.equals("VOLDAAN") ? 1 : 0);
            }
        });
    }

    /** What is kept: progress on the uitvraag row, the keurmerk overall and each criterion by keurmerk. */
    private Map<String, String> bewaard(long uitvraagId) {
        JdbcTemplate sql = new JdbcTemplate(dataSource);
        Map<String, String> waarden = new LinkedHashMap<>();
        waarden.put("procent", sql.queryForObject("select procent_beantwoord from uitvraag where id = ?", String.class,
                uitvraagId));
        waarden.put("totaal", sql.query("select uitkomst from keurmerk_totaal where uitvraag_id = ?",
                rs -> rs.next() ? rs.getString(1) : null, uitvraagId));
        sql.query("select criterium, uitkomst from keurmerk_uitslag where uitvraag_id = ? order by criterium",
                rs -> {
                    waarden.put(rs.getString(1), rs.getString(2));
                }, uitvraagId);
        return waarden;
    }

    /** The same, computed afresh from the answers and judgements by the keurmerk service. */
    private Map<String, String> vers(long uitvraagId) {
        Map<String, String> waarden = new LinkedHashMap<>();
        waarden.put("procent", String.valueOf(procent(uitvraagId)));
        KeurmerkUitslag uitslag = keurmerk.uitslag(uitvraagId);
        waarden.put("totaal", uitslag.totaal().name());
        uitslag.criteria().forEach(c -> waarden.put(c.criterium().sleutel(), c.uitkomst().name()));
        return waarden;
    }

    private int procent(long uitvraagId) {
        var uitvraag = uitvragen.open(uitvraagId);
        return uitvraag.teBeantwoorden() == 0 ? 100 : Math.round(100f * uitvraag.beantwoord() / uitvraag.teBeantwoorden());
    }
}
