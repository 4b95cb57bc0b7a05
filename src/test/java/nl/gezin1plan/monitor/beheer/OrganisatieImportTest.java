package nl.gezin1plan.monitor.beheer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import jakarta.persistence.EntityManagerFactory;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;
import java.util.Set;
import nl.gezin1plan.monitor.PostgresTest;
import nl.gezin1plan.monitor.TestGegevens;
import nl.gezin1plan.monitor.audit.AuditFilter;
import nl.gezin1plan.monitor.audit.AuditRegel;
import nl.gezin1plan.monitor.audit.AuditService;
import nl.gezin1plan.monitor.audit.AuditSoort;
import nl.gezin1plan.monitor.organisatie.Gemeente;
import nl.gezin1plan.monitor.organisatie.Organisatie;
import nl.gezin1plan.monitor.organisatie.OrganisatieType;
import nl.gezin1plan.monitor.organisatie.Rol;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

@PostgresTest
class OrganisatieImportTest {

    @Autowired
    OrganisatieImport importeur;
    @Autowired
    OrganisatieRegisterService register;
    @Autowired
    AuditService audit;
    @Autowired
    TestGegevens gegevens;
    @Autowired
    JdbcTemplate sql;
    @Autowired
    EntityManagerFactory entityManagerFactory;

    Gemeente gemeente;
    String agendahouder;

    @BeforeEach
    void alsAgendahouder() {
        gemeente = gegevens.gemeente();
        agendahouder = gegevens.agendahouder(gemeente);
        gegevens.logIn(agendahouder);
    }

    @AfterEach
    void logUit() {
        gegevens.logUit();
    }

    @Test
    void importReportsPerRowWhatWasAddedUpdatedOrRefusedAndWhy() {
        String bestaandKvk = kvk();
        register.voegToe(gegevens(bestaandKvk, "Bestaand"));
        String nieuwKvk = kvk();
        String csv = "\uFEFFnaam;kvk;type;jeugd;gemeenten;contact_naam;contact_email;contact_rol\n"
                + "Nieuw Jeugdteam;" + nieuwKvk + ";Jeugdhulp;ja;" + gemeente.getNaam() + ";Piet;piet@jt.nl;coördinator\n"
                + "Bestaand hernoemd;" + bestaandKvk + ";GGZ;nee;;;;\n"
                + "Foute KvK;12AB;GGZ;nee;;;;\n"
                + "Onbekende gemeente;;GGZ;nee;Atlantis;;;\n"
                + "\"=Formule; toch tekst\";;Overig;nee;;;;\n"
                + "Lange rol;;GGZ;nee;;Ans;;" + "x".repeat(101) + "\n";

        ImportRapport rapport = importeer(csv);

        assertThat(rapport.bestandsfout()).isNull();
        assertThat(rapport.regels()).extracting(ImportRapport.Regel::regelnummer, ImportRapport.Regel::uitkomst)
                .containsExactly(tuple(2L, ImportRapport.Uitkomst.TOEGEVOEGD), tuple(3L, ImportRapport.Uitkomst.BIJGEWERKT),
                        tuple(4L, ImportRapport.Uitkomst.GEWEIGERD), tuple(5L, ImportRapport.Uitkomst.GEWEIGERD),
                        tuple(6L, ImportRapport.Uitkomst.TOEGEVOEGD), tuple(7L, ImportRapport.Uitkomst.GEWEIGERD));
        assertThat(rapport.regels().get(2).toelichting()).isEqualTo("Een KvK-nummer bestaat uit precies 8 cijfers.");
        assertThat(rapport.regels().get(3).toelichting()).isEqualTo("Onbekende gemeente 'Atlantis'.");
        assertThat(rapport.regels().get(5).toelichting()).isEqualTo("Contactpersoon 1: de rol is hoogstens 100 tekens.");
        assertThat(register.organisaties()).extracting(OrganisatieRegel::naam)
                .containsExactlyInAnyOrder("Nieuw Jeugdteam", "Bestaand hernoemd", "=Formule; toch tekst");
        OrganisatieRegel nieuw = register.organisaties().stream().filter(o -> o.naam().equals("Nieuw Jeugdteam"))
                .findFirst().orElseThrow();
        assertThat(nieuw.werktMetJeugd()).isTrue();
        assertThat(nieuw.contactpersonen()).extracting(OrganisatieGegevens.Contact::rol).containsExactly("coördinator");
    }

    @Test
    void aRowWithoutKvkNumberUpdatesTheOrganisationOfTheSameNameAndKeepsItsContacts() {
        importeer("naam;type;contact_naam\nHet Anker;GGZ;Ans\n");

        ImportRapport rapport = importeer("naam;type;jeugd;contact_naam\nhet anker;GGZ;ja;Bert\nHET ANKER;GGZ;ja;ans\n");

        assertThat(rapport.regels()).extracting(ImportRapport.Regel::uitkomst)
                .containsExactly(ImportRapport.Uitkomst.BIJGEWERKT, ImportRapport.Uitkomst.BIJGEWERKT);
        assertThat(register.organisaties()).singleElement().satisfies(o -> {
            assertThat(o.naam()).isEqualTo("HET ANKER");
            assertThat(o.werktMetJeugd()).isTrue();
            assertThat(o.contactpersonen()).extracting(OrganisatieGegevens.Contact::naam).containsExactly("Ans", "Bert");
        });
    }

    @Test
    void aFileThatCannotBeReadImportsNothing() {
        List<byte[]> kapot = List.of(
                "organisatie,kvk\nA,12345678\n".getBytes(StandardCharsets.UTF_8),
                "naam\tkvk\tgemeenten\nA\t12345678\tLeiden\n".getBytes(StandardCharsets.UTF_8),
                "naam|kvk\nA|12345678\n".getBytes(StandardCharsets.UTF_8),
                "naam;kvk\n\"open aanhalingsteken;12345678\nB;23456789\n".getBytes(StandardCharsets.UTF_8),
                new byte[] {(byte) 0xC3, (byte) 0x28, 0x41, 0x0A},
                "naam;kvk\n".getBytes(StandardCharsets.UTF_8),
                new byte[0]);

        for (byte[] bestand : kapot) {
            ImportRapport rapport = importeur.importeer("kapot.csv", new ByteArrayInputStream(bestand));
            assertThat(rapport.bestandsfout()).isNotBlank();
            assertThat(rapport.regels()).isEmpty();
        }
        assertThat(register.organisaties()).isEmpty();
    }

    @Test
    void aFileOverTheLimitIsRefusedAfterReadingLittleMoreThanTheLimit() {
        GegenereerdBestand twintigMegabyte = new GegenereerdBestand(20L * 1024 * 1024);

        ImportRapport rapport = importeur.importeer("groot.csv", twintigMegabyte);

        assertThat(rapport.bestandsfout()).isEqualTo("Het bestand is groter dan 10 MB. Er is niets geïmporteerd; "
                + "splits het bestand in kleinere delen.");
        assertThat(twintigMegabyte.gelezen()).isGreaterThan(10L * 1024 * 1024).isLessThan(11L * 1024 * 1024);
        assertThat(register.organisaties()).isEmpty();
    }

    @Test
    void aFileWithMoreRowsThanAllowedImportsNothingAndSaysHowMany() {
        ImportRapport rapport = importeur.importeer("lang.csv", GegenereerdBestand.metRijen("Te veel", 5_001, gemeente.getNaam()));

        assertThat(rapport.bestandsfout()).isEqualTo("Het bestand bevat 5.001 organisaties; er kunnen er hoogstens 5.000 "
                + "per bestand worden geïmporteerd. Er is niets geïmporteerd; splits het bestand in delen van hoogstens "
                + "5.000 regels.");
        assertThat(register.organisaties()).isEmpty();
    }

    @Test
    void fiveThousandRowsAreSavedInBatchesOfFiveHundred() {
        Statistics statistieken = entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
        long transactiesVooraf = statistieken.getSuccessfulTransactionCount();
        List<int[]> meldingen = new java.util.ArrayList<>();

        ImportRapport rapport = importeur.importeer("vijfduizend.csv",
                GegenereerdBestand.metRijen("Aanbieder", 5_000, gemeente.getNaam()), (v, t) -> meldingen.add(new int[] {v, t}));

        assertThat(rapport.aantal(ImportRapport.Uitkomst.TOEGEVOEGD)).isEqualTo(5_000);
        assertThat(statistieken.getSuccessfulTransactionCount() - transactiesVooraf).isLessThan(20);
        assertThat(meldingen).extracting(m -> m[0]).startsWith(0, 500, 1_000).endsWith(5_000);
        List<OrganisatieRegel> organisaties = register.organisaties();
        assertThat(organisaties).hasSize(5_000);
        assertThat(organisaties).filteredOn(o -> o.naam().equals("Aanbieder 4999")).singleElement()
                .satisfies(o -> assertThat(o.contactpersonen()).extracting(OrganisatieGegevens.Contact::email)
                        .containsExactly("contact4999@voorbeeld.nl"));
    }

    @Test
    void aRowTheDatabaseRefusesCostsOnlyThatRowAndNotTheRestOfItsBatch() {
        sql.execute("alter table organisatie add constraint test_geweigerd check (naam <> 'Geweigerd door de database')");
        try {
            String eerste = TestGegevens.uniek("Eerste");
            String derde = TestGegevens.uniek("Derde");
            ImportRapport rapport = importeer("naam;type\n" + eerste + ";GGZ\nGeweigerd door de database;GGZ\n" + derde + ";GGZ\n");

            assertThat(rapport.regels()).extracting(ImportRapport.Regel::uitkomst).containsExactly(
                    ImportRapport.Uitkomst.TOEGEVOEGD, ImportRapport.Uitkomst.GEWEIGERD, ImportRapport.Uitkomst.TOEGEVOEGD);
            assertThat(rapport.regels().get(1).toelichting()).isEqualTo(OrganisatieImport.NIET_OPGESLAGEN);
            assertThat(register.organisaties()).extracting(OrganisatieRegel::naam).containsExactlyInAnyOrder(eerste, derde);
        } finally {
            sql.execute("alter table organisatie drop constraint test_geweigerd");
        }
    }

    @Test
    void anAgendahouderImportsOnlyWithinTheirGemeente() {
        Gemeente andere = gegevens.gemeente();
        Organisatie vreemd = gegevens.organisatie(false, andere);
        Organisatie gedeeld = gegevens.organisatie(false, gemeente);

        ImportRapport rapport = importeer("naam;type;gemeenten\n"
                + vreemd.getNaam() + ";GGZ;" + andere.getNaam() + "\n"
                + "Alleen elders;GGZ;" + andere.getNaam() + "\n"
                + gedeeld.getNaam() + ";GGZ;" + andere.getNaam() + "\n"
                + "Nieuw voor twee;GGZ;" + gemeente.getNaam() + "|" + andere.getNaam() + "\n"
                + gedeeld.getNaam() + ";WMO-aanbieder;" + gemeente.getNaam() + "\n");

        String alleenEigen = "U kunt alleen uw eigen gemeente koppelen. Vraag de beheerder om een andere gemeente aan "
                + "deze organisatie te koppelen.";
        assertThat(rapport.regels()).extracting(ImportRapport.Regel::uitkomst, ImportRapport.Regel::toelichting).containsExactly(
                tuple(ImportRapport.Uitkomst.GEWEIGERD, "Deze organisatie werkt niet voor uw gemeente; alleen de beheerder kan haar wijzigen."),
                tuple(ImportRapport.Uitkomst.GEWEIGERD, "Uw eigen gemeente moet bij de gemeenten van de organisatie staan."),
                tuple(ImportRapport.Uitkomst.GEWEIGERD, alleenEigen),
                tuple(ImportRapport.Uitkomst.GEWEIGERD, alleenEigen),
                tuple(ImportRapport.Uitkomst.BIJGEWERKT, ""));
        assertThat(register.organisaties()).singleElement()
                .satisfies(o -> assertThat(o.gemeenten()).containsExactly(gemeente.getNaam()));
    }

    @Test
    void theImportIsKeptInTheAuditLog() {
        importeer("naam;type\nGelogd;GGZ\nFout;Onbekend\n");

        gegevens.logIn(gegevens.regionaal(Rol.BEHEERDER));
        List<AuditRegel> regels = audit.zoek(new AuditFilter(AuditSoort.IMPORT, agendahouder, null, null), 0, 10);
        assertThat(regels).singleElement().satisfies(r -> {
            assertThat(r.omschrijving()).isEqualTo("Organisaties: 1 toegevoegd, 0 bijgewerkt, 1 geweigerd");
            assertThat(r.bestand()).isEqualTo("test.csv");
            assertThat(r.regels()).isEqualTo(2);
            assertThat(r.bereik()).startsWith("gemeente ");
        });
    }

    @Test
    void onlyBeheerderAndAgendahouderImport() {
        gegevens.logIn(gegevens.respondent());
        assertThatThrownBy(() -> importeer("naam\nX\n")).isInstanceOf(AccessDeniedException.class);
        gegevens.logIn(gegevens.regionaal(Rol.ACCOUNTMANAGER));
        assertThatThrownBy(() -> importeer("naam\nX\n")).isInstanceOf(AccessDeniedException.class);
    }

    private ImportRapport importeer(String csv) {
        InputStream bestand = new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8));
        return importeur.importeer("test.csv", bestand);
    }

    private OrganisatieGegevens gegevens(String kvkNummer, String naam) {
        return new OrganisatieGegevens(naam, kvkNummer, OrganisatieType.GGZ, false, Set.of(gemeente.getId()), List.of());
    }

    private static final Random KVK = new Random();

    private static String kvk() {
        return String.format("%08d", KVK.nextInt(100_000_000));
    }
}
