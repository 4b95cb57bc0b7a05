package nl.gezin1plan.monitor;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.MapPropertySource;

/**
 * Creates a fresh PostgreSQL database for this test run and points the application at it. The server is
 * 127.0.0.1:5432 as user postgres unless MONITOR_TEST_PG_HOST, _PORT, _USER, _PASSWORD or _DATABASE say otherwise.
 * There is no fallback: without PostgreSQL the tests fail, they are never skipped. It runs before other
 * initializers, so that a test can refine these settings (e.g. route the connection through a proxy).
 */
@Order(Ordered.HIGHEST_PRECEDENCE)
public class PostgresTestDatabase implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    private static final String HOST = env("MONITOR_TEST_PG_HOST", "127.0.0.1");
    private static final String PORT = env("MONITOR_TEST_PG_PORT", "5432");
    private static final String USER = env("MONITOR_TEST_PG_USER", "postgres");
    private static final String PASSWORD = env("MONITOR_TEST_PG_PASSWORD", "");
    private static final String DATABASE = env("MONITOR_TEST_PG_DATABASE", "monitor_test");
    private static volatile boolean aangemaakt;

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        maakAan();
        context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("postgres-test", Map.of(
                "spring.datasource.url", url(DATABASE),
                "spring.datasource.username", USER,
                "spring.datasource.password", PASSWORD,
                "monitor.demo-gegevens", "true",
                "monitor.herinnering.actief", "false",
                "monitor.security-txt.contact", "mailto:security@gezin1plan.test, https://gezin1plan.test/melden",
                "monitor.security-txt.expires", "2031-12-31T23:00:00Z",
                "spring.jpa.properties.hibernate.generate_statistics", "true")));
    }

    private static synchronized void maakAan() {
        if (aangemaakt) {
            return;
        }
        try (Connection beheer = DriverManager.getConnection(url("postgres"), USER, PASSWORD);
             Statement sql = beheer.createStatement()) {
            sql.execute("drop database if exists " + DATABASE + " with (force)");
            sql.execute("create database " + DATABASE);
        } catch (SQLException e) {
            throw new IllegalStateException("PostgreSQL op " + HOST + ":" + PORT + " is niet bereikbaar. "
                    + "Start het (zie README) of zet MONITOR_TEST_PG_HOST/PORT/USER/PASSWORD.", e);
        }
        aangemaakt = true;
    }

    /**
     * A fresh, empty database next to this run's ({@code <database>_<achtervoegsel>}), for a test that migrates it step
     * by step without the application.
     */
    public static javax.sql.DataSource losseDatabase(String achtervoegsel) {
        String naam = DATABASE + "_" + achtervoegsel;
        try (Connection beheer = DriverManager.getConnection(url("postgres"), USER, PASSWORD);
             Statement sql = beheer.createStatement()) {
            sql.execute("drop database if exists " + naam + " with (force)");
            sql.execute("create database " + naam);
        } catch (SQLException e) {
            throw new IllegalStateException("PostgreSQL op " + HOST + ":" + PORT + " is niet bereikbaar.", e);
        }
        return new org.springframework.jdbc.datasource.DriverManagerDataSource(url(naam), USER, PASSWORD);
    }

    private static String url(String database) {
        return "jdbc:postgresql://" + HOST + ":" + PORT + "/" + database;
    }

    private static String env(String naam, String standaard) {
        String waarde = System.getenv(naam);
        return waarde == null || waarde.isBlank() ? standaard : waarde;
    }
}
