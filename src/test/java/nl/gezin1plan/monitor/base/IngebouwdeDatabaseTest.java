package nl.gezin1plan.monitor.base;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import nl.gezin1plan.monitor.Application;
import nl.gezin1plan.monitor.TestGegevens;
import nl.gezin1plan.monitor.checklist.ChecklistEigenaar;
import nl.gezin1plan.monitor.checklist.ChecklistService;
import nl.gezin1plan.monitor.checklist.GemeenteOverzichtService;
import nl.gezin1plan.monitor.checklist.ItemStatus;
import nl.gezin1plan.monitor.checklist.ItemWijziging;
import nl.gezin1plan.monitor.uitvraag.UitvraagFixture;
import nl.gezin1plan.monitor.uitvraag.UitvraagService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.config.YamlPropertiesFactoryBean;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.FileSystemResource;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The embedded default as a newcomer runs it: the shipped H2 settings, pointed at a fresh folder. It must keep
 * saving for weeks (H2 2.4.240 stopped after the pool's first connections were retired), open a database made by
 * that earlier release, and open no port and no file to anyone but its owner. The file
 * {@code h2-2.4.240/monitor.mv.db.gz} was made by {@code ./mvnw spring-boot:run} at commit e1cf629 (H2 2.4.240,
 * migrations V1 to V6, demo data).
 */
class IngebouwdeDatabaseTest {

    @Test
    void savingKeepsWorkingAfterThePoolRetiredTheConnectionsThatCreatedTheSchema() throws Exception {
        Path map = Files.createTempDirectory("monitor-pool").resolve("data");
        Set<Integer> poortenVooraf = LuisterendePoorten.vanDezeJvm();
        try (ConfigurableApplicationContext app = start(map, "--spring.datasource.hikari.max-lifetime=30000")) {
            Set<Integer> nieuwePoorten = new HashSet<>(LuisterendePoorten.vanDezeJvm());
            nieuwePoorten.removeAll(poortenVooraf);
            assertThat(nieuwePoorten).as("only the web server listens, no H2 TCP server")
                    .containsExactly(app.getEnvironment().getProperty("local.server.port", Integer.class));
            assertThat(Files.getPosixFilePermissions(map)).isEqualTo(PosixFilePermissions.fromString("rwx------"));
            assertThat(Files.getPosixFilePermissions(map.resolve("monitor.wachtwoord")))
                    .isEqualTo(PosixFilePermissions.fromString("rw-------"));

            JdbcTemplate jdbc = app.getBean(JdbcTemplate.class);
            List<Long> sessiesNaMigratie = sessies(jdbc);
            // Hikari's shortest lifetime is 30 s (with up to 2.5 % less as variance): wait until all are replaced.
            long einde = System.currentTimeMillis() + 45_000;
            while (sessies(jdbc).stream().anyMatch(sessiesNaMigratie::contains) && System.currentTimeMillis() < einde) {
                Thread.sleep(1_000);
            }
            assertThat(sessies(jdbc)).as("the pool retired every connection it had after the migration")
                    .doesNotContainAnyElementsOf(sessiesNaMigratie);

            slaChecklistItemGebruikerEnAntwoordOp(app);
        }
    }

    @Test
    void aDatabaseMadeByH2Release2_4_240OpensGetsItsOwnPasswordAndSaves() throws Exception {
        Path map = Files.createTempDirectory("monitor-oud").resolve("data");
        Files.createDirectories(map);
        try (InputStream oud = new GZIPInputStream(
                new ClassPathResource("h2-2.4.240/monitor.mv.db.gz").getInputStream())) {
            Files.copy(oud, map.resolve("monitor.mv.db"), StandardCopyOption.REPLACE_EXISTING);
        }
        try (ConfigurableApplicationContext app = start(map)) {
            assertThat(app.getBean(HikariDataSource.class).getPassword()).isNotEmpty()
                    .isEqualTo(Files.readString(map.resolve("monitor.wachtwoord")).strip());
            slaChecklistItemGebruikerEnAntwoordOp(app);
        }
        // Restarted, the database opens with the kept password, and no longer with the empty one.
        try (ConfigurableApplicationContext app = start(map)) {
            assertThat(app.getBean(JdbcTemplate.class).queryForObject("select count(*) from gebruiker", Long.class))
                    .isPositive();
        }
        String url = "jdbc:h2:file:" + map.resolve("monitor") + ";IFEXISTS=TRUE";
        assertThat(org.assertj.core.api.Assertions.catchThrowable(
                () -> java.sql.DriverManager.getConnection(url, "sa", "").close()))
                .isInstanceOf(java.sql.SQLException.class).hasMessageContaining("Wrong user name or password");
    }

    /** The shipped defaults (jar, then ./config), with the database file moved to {@code map}. */
    private static ConfigurableApplicationContext start(Path map, String... meer) throws IOException {
        Properties standaard = new Properties();
        for (var bron : List.of(new ClassPathResource("application.yml"), new FileSystemResource("config/application.yml"))) {
            YamlPropertiesFactoryBean yaml = new YamlPropertiesFactoryBean();
            yaml.setResources(bron);
            standaard.putAll(yaml.getObject());
        }
        String url = standaard.getProperty("spring.datasource.url");
        assertThat(url).startsWith("jdbc:h2:file:./data/monitor;").doesNotContainIgnoringCase("AUTO_SERVER");
        String[] argumenten = Stream.concat(Stream.of(
                "--spring.datasource.url=" + url.replace("./data/", map.toAbsolutePath() + "/"),
                "--spring.datasource.password=", "--server.port=0"), Stream.of(meer)).toArray(String[]::new);
        return SpringApplication.run(Application.class, argumenten);
    }

    private static List<Long> sessies(JdbcTemplate jdbc) {
        return jdbc.queryForList("select session_id from information_schema.sessions", Long.class);
    }

    private static void slaChecklistItemGebruikerEnAntwoordOp(ConfigurableApplicationContext app) {
        TestGegevens gegevens = app.getBean(TestGegevens.class);
        try {
            gegevens.logIn("agendahouder");
            ChecklistService checklists = app.getBean(ChecklistService.class);
            long leiden = app.getBean(GemeenteOverzichtService.class).gemeenten().getFirst().id();
            var item = checklists.open(ChecklistEigenaar.gemeente(leiden), 2026).orElseThrow().items().getFirst();
            checklists.wijzig(item.id(), item.version(), new ItemWijziging("Na het vervangen van de verbindingen",
                    null, null, ItemStatus.IN_UITVOERING, null, null));
            assertThat(checklists.open(ChecklistEigenaar.gemeente(leiden), 2026).orElseThrow().items().getFirst()
                    .status()).isEqualTo(ItemStatus.IN_UITVOERING);

            // A new gemeente, its agendahouder (a user), an organisation, a round and an answer.
            UitvraagFixture.Opzet opzet = app.getBean(UitvraagFixture.class).nieuw(LocalDate.now().getYear() + 1, true);
            var antwoord = app.getBean(UitvraagService.class).beantwoord(opzet.uitvraagId(), "werkt_volgens_richtlijn", "ja");
            assertThat(antwoord.antwoorden()).containsKey("werkt_volgens_richtlijn");
        } finally {
            gegevens.logUit();
        }
    }
}
