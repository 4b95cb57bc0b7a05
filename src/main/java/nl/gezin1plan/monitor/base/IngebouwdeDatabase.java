package nl.gezin1plan.monitor.base;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Base64;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.jdbc.autoconfigure.DataSourceProperties;
import org.springframework.stereotype.Component;

/**
 * Locks down the embedded H2 database file: its folder is readable by the owner only (mode 700), and the database
 * gets a generated password, kept next to it in {@code <name>.wachtwoord} (mode 600), instead of the empty one. A
 * database made before this existed (empty password) is given the generated password on its first start.
 * Applies only to an H2 file database without a configured password; PostgreSQL is left alone.
 */
@Component
class IngebouwdeDatabase implements BeanPostProcessor {

    private static final Logger LOG = LoggerFactory.getLogger(IngebouwdeDatabase.class);
    private static final String VOORVOEGSEL = "jdbc:h2:file:";
    private static final Pattern GEBRUIKERSNAAM = Pattern.compile("[A-Za-z][A-Za-z0-9_]*");
    private static final Set<PosixFilePermission> ALLEEN_EIGENAAR_MAP = PosixFilePermissions.fromString("rwx------");
    private static final Set<PosixFilePermission> ALLEEN_EIGENAAR_BESTAND = PosixFilePermissions.fromString("rw-------");

    @Override
    public Object postProcessAfterInitialization(Object bean, String naam) {
        if (bean instanceof DataSourceProperties eigenschappen && geldtVoor(eigenschappen)) {
            eigenschappen.setPassword(wachtwoord(eigenschappen.getUrl(), gebruiker(eigenschappen)));
        }
        return bean;
    }

    private static boolean geldtVoor(DataSourceProperties eigenschappen) {
        String url = eigenschappen.getUrl();
        return url != null && url.startsWith(VOORVOEGSEL)
                && (eigenschappen.getPassword() == null || eigenschappen.getPassword().isEmpty());
    }

    private static String gebruiker(DataSourceProperties eigenschappen) {
        String gebruiker = eigenschappen.getUsername() == null ? "sa" : eigenschappen.getUsername();
        if (!GEBRUIKERSNAAM.matcher(gebruiker).matches()) {
            throw new IllegalStateException("De gebruikersnaam van de ingebouwde database mag alleen letters, cijfers "
                    + "en _ bevatten: '" + gebruiker + "'.");
        }
        return gebruiker;
    }

    /**
     * The database's password: the kept one, or a new one that an existing database without password is given. A new
     * password is first written beside the final file and only takes its place once the database has it, so a start
     * that stops halfway picks up the same password next time; a kept password costs no extra connection at start-up.
     */
    static String wachtwoord(String url, String gebruiker) {
        Path database = databasePad(url);
        Path map = database.toAbsolutePath().getParent();
        beveiligMap(map);
        Path bestand = map.resolve(database.getFileName() + ".wachtwoord");
        if (Files.exists(bestand)) {
            return lees(bestand);
        }
        Path nieuwBestand = map.resolve(database.getFileName() + ".wachtwoord.nieuw");
        String nieuw;
        if (Files.exists(nieuwBestand)) {
            nieuw = lees(nieuwBestand);
        } else {
            nieuw = nieuwWachtwoord();
            schrijf(nieuwBestand, nieuw);
        }
        zetWachtwoordAlsHetLeegIs(url, gebruiker, nieuw);
        try {
            Files.move(nieuwBestand, bestand, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("Het wachtwoord van de ingebouwde database kon niet worden bewaard: " + bestand, e);
        }
        return nieuw;
    }

    /** An existing database that still accepts the empty password (made before this class) gets the new one. */
    private static void zetWachtwoordAlsHetLeegIs(String url, String gebruiker, String wachtwoord) {
        if (!Files.exists(Path.of(databasePad(url) + ".mv.db"))) {
            return;
        }
        try (Connection verbinding = DriverManager.getConnection(url + ";IFEXISTS=TRUE", gebruiker, "");
             Statement sql = verbinding.createStatement()) {
            sql.execute("ALTER USER " + gebruiker + " SET PASSWORD '" + wachtwoord + "'");
            LOG.info("De ingebouwde database heeft nu een eigen wachtwoord (bewaard naast de database).");
        } catch (SQLException e) {
            // Wrong password for the empty one: an earlier start already gave the database this password.
            if (!"28000".equals(e.getSQLState())) {
                throw new IllegalStateException("De ingebouwde database kon niet worden geopend: " + e.getMessage(), e);
            }
        }
    }

    static Path databasePad(String url) {
        String pad = url.substring(VOORVOEGSEL.length());
        int opties = pad.indexOf(';');
        return Path.of(opties < 0 ? pad : pad.substring(0, opties));
    }

    private static void beveiligMap(Path map) {
        try {
            if (!Files.isDirectory(map)) {
                Files.createDirectories(map, PosixFilePermissions.asFileAttribute(ALLEEN_EIGENAAR_MAP));
            }
            Files.setPosixFilePermissions(map, ALLEEN_EIGENAAR_MAP);
            try (Stream<Path> bestanden = Files.list(map)) {
                for (Path bestand : bestanden.filter(Files::isRegularFile).toList()) {
                    Files.setPosixFilePermissions(bestand, ALLEEN_EIGENAAR_BESTAND);
                }
            }
        } catch (UnsupportedOperationException e) {
            LOG.warn("Dit bestandssysteem kent geen POSIX-rechten; zorg zelf dat alleen de applicatie {} kan lezen.", map);
        } catch (IOException e) {
            throw new UncheckedIOException("De map van de ingebouwde database kon niet worden beveiligd: " + map, e);
        }
    }

    private static String nieuwWachtwoord() {
        byte[] willekeurig = new byte[32];
        new SecureRandom().nextBytes(willekeurig);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(willekeurig);
    }

    private static void schrijf(Path bestand, String wachtwoord) {
        try {
            Files.createFile(bestand, PosixFilePermissions.asFileAttribute(ALLEEN_EIGENAAR_BESTAND));
            Files.writeString(bestand, wachtwoord + "\n", StandardCharsets.US_ASCII, StandardOpenOption.TRUNCATE_EXISTING);
        } catch (FileAlreadyExistsException e) {
            throw new IllegalStateException("Het wachtwoordbestand is tegelijk door een ander proces gemaakt: " + bestand, e);
        } catch (IOException e) {
            throw new UncheckedIOException("Het wachtwoord van de ingebouwde database kon niet worden bewaard: " + bestand, e);
        }
    }

    private static String lees(Path bestand) {
        try {
            String inhoud = Files.readString(bestand, StandardCharsets.US_ASCII).strip();
            if (inhoud.isEmpty() || !inhoud.matches("[A-Za-z0-9_-]+")) {
                throw new IllegalStateException("Het wachtwoordbestand van de ingebouwde database is leeg of beschadigd: "
                        + bestand + ". Zet het oude terug, of verwijder het samen met de database om opnieuw te beginnen.");
            }
            return inhoud;
        } catch (IOException e) {
            throw new UncheckedIOException("Het wachtwoord van de ingebouwde database kon niet worden gelezen: " + bestand, e);
        }
    }
}
