package nl.gezin1plan.monitor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import nl.gezin1plan.monitor.bijlage.Bestanden;
import nl.gezin1plan.monitor.bijlage.Bijlage;
import nl.gezin1plan.monitor.bijlage.BijlageService;
import nl.gezin1plan.monitor.bijlage.BijlageSoort;
import nl.gezin1plan.monitor.checklist.ChecklistEigenaar;
import nl.gezin1plan.monitor.checklist.ChecklistService;
import nl.gezin1plan.monitor.checklist.ChecklistWeergave;
import nl.gezin1plan.monitor.checklist.GemeenteKeuze;
import nl.gezin1plan.monitor.checklist.GemeenteOverzichtService;
import nl.gezin1plan.monitor.audit.AuditFilter;
import nl.gezin1plan.monitor.audit.AuditRegel;
import nl.gezin1plan.monitor.audit.AuditService;
import nl.gezin1plan.monitor.audit.AuditSoort;
import nl.gezin1plan.monitor.account.WachtwoordHerstelService;
import nl.gezin1plan.monitor.security.InlogBlokkade;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.config.annotation.authentication.configuration.AuthenticationConfiguration;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The embedded default a newcomer runs: H2 in PostgreSQL mode, the same migrations, the demo data. */
@SpringBootTest
class EmbeddedDefaultTest {

    @DynamicPropertySource
    static void h2AlsBestand(DynamicPropertyRegistry registry) throws Exception {
        Path map = Files.createTempDirectory("monitor-h2");
        registry.add("spring.datasource.url", () -> "jdbc:h2:file:" + map.resolve("monitor")
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH");
    }

    @Autowired
    Flyway flyway;
    @Autowired
    TestGegevens gegevens;
    @Autowired
    ChecklistService checklists;
    @Autowired
    GemeenteOverzichtService overzichten;
    @Autowired
    nl.gezin1plan.monitor.rapportage.OrganisatieVoortgangService voortgang;
    @Autowired
    AuditService audit;
    @Autowired
    InlogBlokkade blokkade;
    @Autowired
    AuthenticationConfiguration inloggen;
    @Autowired
    WachtwoordHerstelService herstel;
    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;
    @Autowired
    nl.gezin1plan.monitor.uitvraag.UitvraagRondeService rondes;
    @Autowired
    nl.gezin1plan.monitor.uitnodiging.UitnodigingService uitnodigingen;
    @Autowired
    nl.gezin1plan.monitor.keurmerk.KeurmerkService keurmerk;

    @AfterEach
    void logUit() {
        gegevens.logUit();
    }

    @Test
    void aChangeSurvivesARestartOfTheEmbeddedDatabase() throws Exception {
        Path map = Files.createTempDirectory("monitor-herstart");
        String[] argumenten = {"--spring.datasource.url=jdbc:h2:file:" + map.resolve("monitor")
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH", "--server.port=0"};
        long itemId;
        try (var eerste = org.springframework.boot.SpringApplication.run(Application.class, argumenten)) {
            itemId = wijzigEersteItemVanLeiden(eerste, "Bewaard na herstart");
        }
        try (var tweede = org.springframework.boot.SpringApplication.run(Application.class, argumenten)) {
            TestGegevens opnieuw = tweede.getBean(TestGegevens.class);
            opnieuw.logIn("agendahouder");
            ChecklistService service = tweede.getBean(ChecklistService.class);
            var item = service.open(ChecklistEigenaar.gemeente(leidenId(tweede)), 2026).orElseThrow().items()
                    .getFirst();
            assertThat(item.id()).isEqualTo(itemId);
            assertThat(item.geplandeActie()).isEqualTo("Bewaard na herstart");
            assertThat(service.geschiedenis(itemId).getFirst().gebruikersnaam()).isEqualTo("agendahouder");
            opnieuw.logUit();
        }
    }

    private static long wijzigEersteItemVanLeiden(org.springframework.context.ApplicationContext context,
                                                  String actie) {
        TestGegevens testGegevens = context.getBean(TestGegevens.class);
        testGegevens.logIn("agendahouder");
        ChecklistService service = context.getBean(ChecklistService.class);
        var item = service.open(ChecklistEigenaar.gemeente(leidenId(context)), 2026).orElseThrow().items().getFirst();
        service.wijzig(item.id(), item.version(), new nl.gezin1plan.monitor.checklist.ItemWijziging(actie, null,
                null, nl.gezin1plan.monitor.checklist.ItemStatus.IN_UITVOERING, null, null));
        testGegevens.logUit();
        return item.id();
    }

    private static long leidenId(org.springframework.context.ApplicationContext context) {
        return context.getBean(GemeenteOverzichtService.class).gemeenten().getFirst().id();
    }

    @Test
    void migrationsApplyOnH2AndTheDemoShowsLeidens2026Checklist() {
        assertThat(flyway.info().applied()).isNotEmpty().allMatch(m -> m.getState().isApplied());
        gegevens.logIn("agendahouder");
        GemeenteKeuze leiden = overzichten.gemeenten().getFirst();

        ChecklistWeergave checklist = checklists.open(ChecklistEigenaar.gemeente(leiden.id()), 2026).orElseThrow();

        assertThat(leiden.naam()).isEqualTo("Leiden");
        assertThat(checklist.items()).hasSize(28);
        assertThat(checklist.perThema()).hasSize(7);
        assertThat(checklist.voortgang().gereed()).isPositive();
        assertThat(checklists.jaren(ChecklistEigenaar.gemeente(leiden.id()))).containsExactly(2025, 2026);
    }

    @Test
    void theDashboardCountsEachCriterionOnH2AsTheRowsSay() {
        gegevens.logIn("agendahouder");
        java.util.Map<String, Long> perRij = new java.util.HashMap<>();
        keurmerk.vastgelegd(2026, nl.gezin1plan.monitor.uitvraag.UitvraagFilter.ALLES).forEach(rij ->
                rij.criteria().forEach((criterium, uitkomst) -> {
                    if (uitkomst == nl.gezin1plan.monitor.keurmerk.Uitkomst.VOLDAAN) {
                        perRij.merge(criterium, 1L, Long::sum);
                    }
                }));

        assertThat(perRij).isNotEmpty();
        assertThat(keurmerk.rondeKeurmerk(2026, nl.gezin1plan.monitor.uitvraag.UitvraagFilter.ALLES)
                .voldaanPerCriterium()).isEqualTo(perRij);
    }

    @Test
    void anAttachmentIsStoredInPartsAndReadBackWholeOnH2Too(@Autowired BijlageService bijlagen) throws Exception {
        gegevens.logIn("agendahouder");
        long itemId = checklists.open(ChecklistEigenaar.gemeente(overzichten.gemeenten().getFirst().id()), 2026)
                .orElseThrow().items().getFirst().id();
        byte[] pdf = Bestanden.pdf(600_000);

        Bijlage bijlage = bijlagen.voegToe(BijlageSoort.CHECKLIST_ITEM, itemId, null, "plan.pdf",
                new java.io.ByteArrayInputStream(pdf));
        java.io.ByteArrayOutputStream gelezen = new java.io.ByteArrayOutputStream();
        bijlagen.schrijfInhoud(bijlagen.openVoorDownload(bijlage.id()), gelezen);

        assertThat(bijlage.contentType()).isEqualTo("application/pdf");
        assertThat(jdbc.queryForObject("select count(*) from bijlage_deel where bijlage_id = ?", Integer.class,
                bijlage.id())).isEqualTo(3);
        assertThat(gelezen.toByteArray()).isEqualTo(pdf);
        bijlagen.verwijder(bijlage.id());
    }

    @Test
    void theStreamingExportsRunOnH2Too() {
        gegevens.logIn("beheerder");
        java.util.List<String> organisaties = new java.util.ArrayList<>();
        voortgang.exporteer(2026, nl.gezin1plan.monitor.uitvraag.UitvraagFilter.ALLES, r -> organisaties.add(r.organisatie()));

        assertThat(organisaties).hasSize(7).isSorted();
        java.util.List<Integer> antwoorden = new java.util.ArrayList<>();
        voortgang.exporteerAntwoorden(2026, new nl.gezin1plan.monitor.uitvraag.UitvraagFilter("ggz", null),
                s -> antwoorden.add(s.antwoorden().size()));
        assertThat(antwoorden).singleElement().satisfies(n -> assertThat(n).isGreaterThan(15));
    }

    @Test
    void theAuditLogAndTheLoginLockRunOnH2Too() {
        String naam = TestGegevens.uniek("raden");
        for (int i = 0; i < 5; i++) {
            assertThatThrownBy(() -> inloggen.getAuthenticationManager().authenticate(
                    UsernamePasswordAuthenticationToken.unauthenticated(naam, "fout"))).isInstanceOf(BadCredentialsException.class);
        }
        assertThat(blokkade.isGeblokkeerd(naam)).isTrue();

        gegevens.logIn("beheerder");
        assertThat(audit.zoek(new AuditFilter(null, naam, null, null), 0, 10)).extracting(AuditRegel::soort)
                .containsExactly(AuditSoort.ACCOUNT_GEBLOKKEERD, AuditSoort.LOGIN_MISLUKT, AuditSoort.LOGIN_MISLUKT,
                        AuditSoort.LOGIN_MISLUKT, AuditSoort.LOGIN_MISLUKT, AuditSoort.LOGIN_MISLUKT);
        for (AuditSoort soort : java.util.List.of(AuditSoort.WIJZIGING, AuditSoort.INGEDIEND, AuditSoort.HEROPEND,
                AuditSoort.OORDEEL)) {
            AuditFilter filter = new AuditFilter(soort, null, null, null);
            assertThat(audit.zoek(filter, 0, 5)).as(soort.name()).isNotEmpty()
                    .allSatisfy(r -> assertThat(r.omschrijving()).contains("(demo)"));
            assertThat(audit.tel(filter)).as(soort.name()).isPositive();
        }
    }

    @Test
    void forgottenPasswordOfTheDemoRespondentWorksOnH2() throws Exception {
        herstel.vraagAan("organisatie", "127.0.0.1");
        String link = null;
        for (int i = 0; i < 60 && link == null; i++) {
            Thread.sleep(500);
            link = jdbc.queryForList("select tekst from uitgaande_mail where ontvanger = 'organisatie@demo.example'",
                    String.class).stream().map(t -> t.replaceFirst("(?s).*/wachtwoord-herstellen/([A-Za-z0-9_-]{43}).*", "$1"))
                    .filter(t -> t.length() == 43).findFirst().orElse(null);
        }
        assertThat(link).as("herstellink in de outbox").isNotNull();

        herstel.herstel(link, "zonnebloemen langs de Rijn", "zonnebloemen langs de Rijn");

        assertThat(inloggen.getAuthenticationManager().authenticate(UsernamePasswordAuthenticationToken
                .unauthenticated("organisatie", "zonnebloemen langs de Rijn")).isAuthenticated()).isTrue();
    }

    @Test
    void theBeheerderOpens2027AndEveryContactPersonGetsOneInvitationWhoseLinkMakesAnAccountOnH2() {
        gegevens.logIn("beheerder");
        rondes.openRonde(2027, java.time.LocalDate.now(), java.time.LocalDate.now().plusWeeks(8));
        gegevens.logUit();

        Integer contactpersonen = jdbc.queryForObject("select count(*) from (select distinct organisatie_id, "
                + "lower(email) from contactpersoon where email is not null) c", Integer.class);
        java.util.List<java.util.Map<String, Object>> mails = jdbc.queryForList(
                "select ontvanger, tekst from uitgaande_mail where onderwerp = 'Uitnodiging uitvraag 2027'");
        assertThat(contactpersonen).isGreaterThanOrEqualTo(6);
        assertThat(mails).hasSize(contactpersonen);
        java.util.Map<String, Object> anna = mails.stream()
                .filter(m -> m.get("ontvanger").equals("anna.devries@jeugdhulp-rijnland.example")).findFirst().orElseThrow();
        String code = ((String) anna.get("tekst")).replaceFirst("(?s).*/uitnodiging/([A-Za-z0-9_-]{43}).*", "$1");
        assertThat(code).hasSize(43);

        uitnodigingen.accepteer(code, "zonnebloemen langs de Rijn", "zonnebloemen langs de Rijn");

        assertThat(inloggen.getAuthenticationManager().authenticate(UsernamePasswordAuthenticationToken.unauthenticated(
                "anna.devries@jeugdhulp-rijnland.example", "zonnebloemen langs de Rijn")).isAuthenticated()).isTrue();
        assertThatThrownBy(() -> uitnodigingen.accepteer(code, "zonnebloemen langs de Rijn", "zonnebloemen langs de Rijn"))
                .as("a link works once").isInstanceOf(RuntimeException.class);
    }
}
