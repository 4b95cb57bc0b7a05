package nl.gezin1plan.monitor.beheer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;
import java.util.Set;
import nl.gezin1plan.monitor.PostgresTest;
import nl.gezin1plan.monitor.TestGegevens;
import nl.gezin1plan.monitor.base.OngeldigeInvoer;
import nl.gezin1plan.monitor.organisatie.Gemeente;
import nl.gezin1plan.monitor.organisatie.OrganisatieType;
import nl.gezin1plan.monitor.organisatie.Rol;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;

@PostgresTest
class OrganisatieRegisterServiceTest {

    @Autowired
    OrganisatieRegisterService register;
    @Autowired
    TestGegevens gegevens;

    Gemeente gemeente;

    @BeforeEach
    void alsAgendahouder() {
        gemeente = gegevens.gemeente();
        gegevens.logIn(gegevens.agendahouder(gemeente));
    }

    @AfterEach
    void logUit() {
        gegevens.logUit();
    }

    @Test
    void agendahouderAddsAnOrganisationWithContactAndSeesOnlyTheirOwn() {
        OrganisatieRegel regel = register.voegToe(new OrganisatieGegevens("Buurtzorg Test", kvk(), OrganisatieType.WMO_AANBIEDER,
                false, Set.of(gemeente.getId()), List.of(new OrganisatieGegevens.Contact("Ans de Wit", "ans@buurtzorg.nl",
                "Aandachtsfunctionaris"))));

        assertThat(register.organisaties()).containsExactly(regel);
        assertThat(regel.gemeenten()).containsExactly(gemeente.getNaam());
        assertThat(regel.contactpersonen()).extracting(OrganisatieGegevens.Contact::email).containsExactly("ans@buurtzorg.nl");
    }

    @Test
    void badInputIsRefusedPerField() {
        assertThatThrownBy(() -> register.voegToe(new OrganisatieGegevens("", "1234567", null, false, Set.of(),
                List.of(new OrganisatieGegevens.Contact("", "geen-mail", null)))))
                .isInstanceOfSatisfying(OngeldigeInvoer.class, e -> assertThat(e.fouten())
                        .containsOnlyKeys("naam", "kvkNummer", "type", "gemeenten", "contactpersonen")
                        .containsEntry("kvkNummer", "Een KvK-nummer bestaat uit precies 8 cijfers."));
        Gemeente andere = gegevens.gemeente();
        assertThatThrownBy(() -> register.voegToe(new OrganisatieGegevens("Elders", null, OrganisatieType.GGZ, false,
                Set.of(andere.getId()), List.of())))
                .isInstanceOfSatisfying(OngeldigeInvoer.class, e -> assertThat(e.fouten()).containsKey("gemeenten"));
        assertThat(register.organisaties()).isEmpty();
    }

    @Test
    void aKvkNumberBelongsToOneOrganisation() {
        String nummer = kvk();
        register.voegToe(gegevens(nummer, "Eerste"));

        assertThatThrownBy(() -> register.voegToe(gegevens(nummer, "Tweede")))
                .isInstanceOfSatisfying(OngeldigeInvoer.class, e -> assertThat(e.fouten().get("kvkNummer"))
                        .startsWith("Dit KvK-nummer hoort al bij Eerste"));
    }

    @Test
    void anotherGemeentesOrganisationCannotBeChanged() {
        Gemeente andere = gegevens.gemeente();
        var vreemd = gegevens.organisatie(false, andere);

        assertThatThrownBy(() -> register.wijzig(vreemd.getId(), vreemd.getVersion(), gegevens(null, "Overgenomen")))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void anEditFromAnOldVersionIsRefused() {
        OrganisatieRegel regel = register.voegToe(gegevens(kvk(), "Versie"));
        register.wijzig(regel.id(), regel.version(), gegevens(regel.kvkNummer(), "Versie 2"));

        assertThatThrownBy(() -> register.wijzig(regel.id(), regel.version(), gegevens(regel.kvkNummer(), "Versie oud")))
                .isInstanceOf(ObjectOptimisticLockingFailureException.class);
        assertThat(register.organisaties()).extracting(OrganisatieRegel::naam).containsExactly("Versie 2");
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
                + "\"=Formule; toch tekst\";;Overig;nee;;;;\n";

        ImportRapport rapport = register.importeer(csv.getBytes(StandardCharsets.UTF_8));

        assertThat(rapport.bestandsfout()).isNull();
        assertThat(rapport.regels()).extracting(ImportRapport.Regel::regelnummer, ImportRapport.Regel::uitkomst)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(2L, ImportRapport.Uitkomst.TOEGEVOEGD),
                        org.assertj.core.groups.Tuple.tuple(3L, ImportRapport.Uitkomst.BIJGEWERKT),
                        org.assertj.core.groups.Tuple.tuple(4L, ImportRapport.Uitkomst.GEWEIGERD),
                        org.assertj.core.groups.Tuple.tuple(5L, ImportRapport.Uitkomst.GEWEIGERD),
                        org.assertj.core.groups.Tuple.tuple(6L, ImportRapport.Uitkomst.TOEGEVOEGD));
        assertThat(rapport.regels().get(2).toelichting()).isEqualTo("Een KvK-nummer bestaat uit precies 8 cijfers.");
        assertThat(rapport.regels().get(3).toelichting()).isEqualTo("Onbekende gemeente 'Atlantis'.");
        assertThat(register.organisaties()).extracting(OrganisatieRegel::naam)
                .containsExactlyInAnyOrder("Nieuw Jeugdteam", "Bestaand hernoemd", "=Formule; toch tekst");
        OrganisatieRegel nieuw = register.organisaties().stream().filter(o -> o.naam().equals("Nieuw Jeugdteam"))
                .findFirst().orElseThrow();
        assertThat(nieuw.werktMetJeugd()).isTrue();
        assertThat(nieuw.contactpersonen()).extracting(OrganisatieGegevens.Contact::rol).containsExactly("coördinator");
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
                ruis(10 * 1024 * 1024 + 1));

        for (byte[] bestand : kapot) {
            ImportRapport rapport = register.importeer(bestand);
            assertThat(rapport.bestandsfout()).isNotBlank();
            assertThat(rapport.regels()).isEmpty();
        }
        assertThat(register.organisaties()).isEmpty();
    }

    @Test
    void onlyBeheerderAndAgendahouderManageTheRegister() {
        gegevens.logIn(gegevens.regionaal(Rol.ACCOUNTMANAGER));
        assertThatThrownBy(() -> register.organisaties()).isInstanceOf(AccessDeniedException.class);
        gegevens.logIn(gegevens.respondent());
        assertThatThrownBy(() -> register.importeer("naam\nX\n".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void theKvkCheckNamesAnOrganisationOnlyWithinTheAgendahoudersScope() {
        Gemeente andere = gegevens.gemeente();
        gegevens.logIn(gegevens.agendahouder(andere));
        String vreemdKvk = kvk();
        register.voegToe(new OrganisatieGegevens("Geheime Zorg BV", vreemdKvk, OrganisatieType.GGZ, false,
                Set.of(andere.getId()), List.of()));
        gegevens.logIn(gegevens.agendahouder(gemeente));

        assertThatThrownBy(() -> register.voegToe(gegevens(vreemdKvk, "Andere naam")))
                .isInstanceOfSatisfying(OngeldigeInvoer.class, e -> assertThat(e.fouten().get("kvkNummer"))
                        .contains("staat al in het register").contains("beheerder").doesNotContain("Geheime Zorg"));
        assertThat(register.gemeenten()).extracting(g -> g.id()).containsExactly(gemeente.getId());
    }

    @Test
    void anAgendahouderCannotAddAnOrganisationForAnotherGemeente() {
        Gemeente andere = gegevens.gemeente();

        assertThatThrownBy(() -> register.voegToe(new OrganisatieGegevens("Twee Gemeenten Zorg", kvk(),
                OrganisatieType.GGZ, false, Set.of(gemeente.getId(), andere.getId()), List.of())))
                .isInstanceOfSatisfying(OngeldigeInvoer.class, e -> assertThat(e.fouten().get("gemeenten"))
                        .contains("alleen uw eigen gemeente"));
        assertThat(register.organisaties()).extracting(OrganisatieRegel::naam).doesNotContain("Twee Gemeenten Zorg");
    }

    private OrganisatieGegevens gegevens(String kvkNummer, String naam) {
        return new OrganisatieGegevens(naam, kvkNummer, OrganisatieType.GGZ, false, Set.of(gemeente.getId()), List.of());
    }

    private static final Random KVK = new Random();

    private static String kvk() {
        return String.format("%08d", KVK.nextInt(100_000_000));
    }

    private static byte[] ruis(int lengte) {
        byte[] bytes = new byte[lengte];
        new Random(1).nextBytes(bytes);
        return bytes;
    }
}
