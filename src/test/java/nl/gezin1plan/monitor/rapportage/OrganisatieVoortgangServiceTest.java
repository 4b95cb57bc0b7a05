package nl.gezin1plan.monitor.rapportage;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManagerFactory;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import nl.gezin1plan.monitor.PostgresTest;
import nl.gezin1plan.monitor.TestGegevens;
import nl.gezin1plan.monitor.keurmerk.KeurmerkService;
import nl.gezin1plan.monitor.keurmerk.Uitkomst;
import nl.gezin1plan.monitor.organisatie.Gemeente;
import nl.gezin1plan.monitor.uitvraag.UitvraagFilter;
import nl.gezin1plan.monitor.uitvraag.UitvraagFixture;
import nl.gezin1plan.monitor.uitvraag.UitvraagRondeService;
import nl.gezin1plan.monitor.uitvraag.UitvraagService;
import nl.gezin1plan.monitor.uitvraag.UitvraagStatus;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@PostgresTest
class OrganisatieVoortgangServiceTest {

    @Autowired
    OrganisatieVoortgangService voortgang;
    @Autowired
    UitvraagRondeService rondes;
    @Autowired
    KeurmerkService keurmerk;
    @Autowired
    UitvraagService uitvragen;
    @Autowired
    UitvraagFixture fixture;
    @Autowired
    TestGegevens gegevens;
    @Autowired
    DataSource dataSource;
    @Autowired
    EntityManagerFactory entityManagerFactory;

    @AfterEach
    void logUit() {
        gegevens.logUit();
    }

    @Test
    void aKeptAnswerToAQuestionThatNoLongerAppliesCountsInNoProgressKeurmerkKeyFigureOrExport() {
        var opzet = fixture.nieuw(2026, false);
        long id = opzet.uitvraagId();
        fixture.beantwoordAlles(id, Map.of());
        uitvragen.beantwoord(id, "werkt_volgens_richtlijn", "nee");
        uitvragen.beantwoord(id, "reden_niet_volgens_richtlijn", "Nog geen besluit van het bestuur");
        uitvragen.beantwoord(id, "werkt_volgens_richtlijn", "ja");
        uitvragen.beantwoord(id, "implementatieplan", "nee");
        uitvragen.beantwoord(id, "belemmeringen_implementatie", "Geen capaciteit");
        gegevens.logIn(opzet.agendahouder());

        assertThat(voortgang.regels(2026, UitvraagFilter.ALLES, 0, 50)).singleElement().satisfies(regel -> {
            assertThat(regel.procentBeantwoord()).isEqualTo(100);
            assertThat(regel.keurmerk().criterium("V2").uitkomst()).isEqualTo(Uitkomst.NIET_VOLDAAN);
            assertThat(regel.keurmerk().totaal()).isEqualTo(Uitkomst.NIET_VOLDAAN);
            assertThat(regel.kerncijfers()).containsEntry("percentage_geschoold", null)
                    .containsEntry("aandachtsfunctionaris_benoemd", null);
        });
        assertThat(keurmerk.vastgelegd(2026, UitvraagFilter.ALLES)).singleElement()
                .satisfies(r -> assertThat(r.criteria()).containsEntry("V2", Uitkomst.NIET_VOLDAAN));
        List<Map<String, String>> geexporteerd = new java.util.ArrayList<>();
        voortgang.exporteerAntwoorden(2026, UitvraagFilter.ALLES, s -> geexporteerd.add(s.antwoorden()));
        assertThat(geexporteerd).singleElement().satisfies(antwoorden -> assertThat(antwoorden)
                .containsEntry("belemmeringen_implementatie", "Geen capaciteit")
                .doesNotContainKeys("reden_niet_volgens_richtlijn", "aandachtsfunctionaris_benoemd",
                        "percentage_geschoold", "scholingsplan"));

        gegevens.logIn(opzet.respondent());
        assertThat(uitvragen.open(id).antwoorden()).containsEntry("reden_niet_volgens_richtlijn",
                "Nog geen besluit van het bestuur").containsEntry("percentage_geschoold", "80");
        uitvragen.beantwoord(id, "implementatieplan", "ja");
        gegevens.logIn(opzet.agendahouder());
        assertThat(voortgang.regels(2026, UitvraagFilter.ALLES, 0, 50)).singleElement().satisfies(regel -> {
            assertThat(regel.keurmerk().totaal()).isEqualTo(Uitkomst.VOLDAAN);
            assertThat(regel.kerncijfers()).containsEntry("percentage_geschoold", "80");
        });
    }

    @Test
    void oneRowPerOrganisationWithCriteriaKeyFiguresAndTheChangeSinceLastYear() {
        var opzet = fixture.nieuw(2036, false);
        uitvragen.beantwoord(opzet.uitvraagId(), "werkt_volgens_richtlijn", "ja");
        gegevens.logIn(opzet.agendahouder());
        rondes.openRonde(2037, LocalDate.of(2037, 9, 1), LocalDate.of(2037, 10, 31));
        gegevens.logIn(opzet.respondent());
        long nieuw = uitvragen.mijnUitvraag(2037).orElseThrow().id();
        fixture.beantwoordAlles(nieuw, Map.of("percentage_geschoold", "64"));
        uitvragen.dienIn(nieuw);
        gegevens.logIn(opzet.agendahouder());

        List<OrganisatieVoortgangRegel> regels = voortgang.regels(2037, UitvraagFilter.ALLES, 0, 50);

        assertThat(regels).singleElement().satisfies(regel -> {
            assertThat(regel.organisatie()).isEqualTo(opzet.organisatie().getNaam());
            assertThat(regel.status()).isEqualTo(UitvraagStatus.INGEDIEND);
            assertThat(regel.procentBeantwoord()).isEqualTo(100);
            assertThat(regel.keurmerk().totaal()).isEqualTo(Uitkomst.VOLDAAN);
            assertThat(regel.kerncijfers()).containsEntry("percentage_geschoold", "64")
                    .containsEntry("aandachtsfunctionaris_benoemd", "ja");
            assertThat(regel.vorigJaar().keurmerk()).isEqualTo(Uitkomst.ONBEKEND);
            assertThat(regel.verandering()).startsWith("keurmerk: Onbekend → Voldaan; beantwoord +");
        });
        assertThat(voortgang.aantal(2037, UitvraagFilter.ALLES)).isEqualTo(1);
        assertThat(voortgang.regels(2037, new UitvraagFilter("bestaat niet", null), 0, 50)).isEmpty();
        assertThat(voortgang.regels(2037, new UitvraagFilter(null, UitvraagStatus.CONCEPT), 0, 50)).isEmpty();
    }

    @Test
    void theExportGivesTheReportsRowsAndLastYearsFiguresWhetherTheyAreKeptOrNot() {
        var opzet = fixture.nieuw(2061, true);
        fixture.beantwoordAlles(opzet.uitvraagId(), Map.of("regisseurs_module_1_en_2", "nee"));
        gegevens.logIn(opzet.agendahouder());
        rondes.openRonde(2062, LocalDate.of(2062, 9, 1), LocalDate.of(2062, 10, 31));
        gegevens.logIn(opzet.respondent());
        long nieuw = uitvragen.mijnUitvraag(2062).orElseThrow().id();
        uitvragen.beantwoord(nieuw, "regisseurs_module_1_en_2", "ja");
        gegevens.logIn(opzet.agendahouder());

        List<OrganisatieVoortgangRegel> rapport = voortgang.regels(2062, UitvraagFilter.ALLES, 0, 50);
        List<OrganisatieVoortgangRegel> export = new java.util.ArrayList<>();
        voortgang.exporteer(2062, UitvraagFilter.ALLES, export::add);
        var sql = new org.springframework.jdbc.core.JdbcTemplate(dataSource);
        sql.update("update uitvraag set procent_beantwoord = null where id = ?", opzet.uitvraagId());
        sql.update("delete from keurmerk_totaal where uitvraag_id = ?", opzet.uitvraagId());
        List<OrganisatieVoortgangRegel> exportNietVastgelegd = new java.util.ArrayList<>();
        voortgang.exporteer(2062, UitvraagFilter.ALLES, exportNietVastgelegd::add);

        assertThat(rapport).singleElement().satisfies(regel -> {
            assertThat(regel.vorigJaar()).isEqualTo(new OrganisatieVoortgangRegel.Vorig(100, Uitkomst.NIET_VOLDAAN));
            assertThat(regel.keurmerk().totaal()).isEqualTo(Uitkomst.VOLDAAN);
        });
        assertThat(export).usingRecursiveFieldByFieldElementComparator().containsExactlyElementsOf(rapport);
        assertThat(exportNietVastgelegd).usingRecursiveFieldByFieldElementComparator().containsExactlyElementsOf(rapport);
    }

    @Test
    void theNumberOfStatementsForAReportPageDoesNotGrowWithTheNumberOfOrganisations() {
        Gemeente klein = gegevens.gemeente();
        Gemeente groot = gegevens.gemeente();
        GrootBestand.organisaties(dataSource, klein.getId(), "Klein " + klein.getId(), 10);
        GrootBestand.organisaties(dataSource, groot.getId(), "Groot " + groot.getId(), 5_000);
        String kleineAgendahouder = gegevens.agendahouder(klein);
        String groteAgendahouder = gegevens.agendahouder(groot);
        for (String agendahouder : List.of(kleineAgendahouder, groteAgendahouder)) {
            gegevens.logIn(agendahouder);
            rondes.openRonde(2038, LocalDate.of(2038, 9, 1), LocalDate.of(2038, 10, 31));
            rondes.openRonde(2039, LocalDate.of(2039, 9, 1), LocalDate.of(2039, 10, 31));
        }
        var inhoud = rondes.inhoud(2039).orElseThrow();
        for (Gemeente gemeente : List.of(klein, groot)) {
            String prefix = (gemeente == klein ? "Klein " : "Groot ") + gemeente.getId();
            GrootBestand.antwoorden(dataSource, 2038, prefix, inhoud, 1);
            GrootBestand.antwoorden(dataSource, 2039, prefix, inhoud, 2);
        }

        // Once to warm what is kept per application, not per page (the parsed questionnaire version): whether an
        // earlier test in the same context already did depends on the order of the suite.
        statementsVoorRapport(kleineAgendahouder);
        long bijTien = statementsVoorRapport(kleineAgendahouder);
        long bijVijfduizend = statementsVoorRapport(groteAgendahouder);

        assertThat(voortgang.aantal(2039, UitvraagFilter.ALLES)).isEqualTo(5_000);
        System.out.printf("SQL-statements voor een rapportpagina: %d bij 10 organisaties, %d bij 5.000%n", bijTien, bijVijfduizend);
        assertThat(bijVijfduizend).isEqualTo(bijTien);
        assertThat(bijTien).isLessThanOrEqualTo(10);
    }

    private long statementsVoorRapport(String agendahouder) {
        gegevens.logIn(agendahouder);
        Statistics statistieken = entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
        statistieken.clear();
        List<OrganisatieVoortgangRegel> pagina = voortgang.regels(2039, UitvraagFilter.ALLES, 0, 50);
        voortgang.aantal(2039, UitvraagFilter.ALLES);
        assertThat(pagina).isNotEmpty().allMatch(r -> r.vorigJaar() != null);
        // Hibernate's count; the judgements of the page and of last year are two more, read by keurmerk with plain
        // JDBC as one array query each (OordelenPerUitvraag), whatever the number of organisations.
        return statistieken.getPrepareStatementCount();
    }
}
