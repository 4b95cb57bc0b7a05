package nl.gezin1plan.monitor.beheer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
    void anOrganisationsDetailsAreReadByItsGemeenteAndTheRegionButNotByAnotherGemeenteOrItself() {
        OrganisatieRegel regel = register.voegToe(gegevens(kvk(), "Leesbaar Test"));
        var elders = gegevens.organisatie(false, gegevens.gemeente());

        assertThat(register.organisatie(regel.id())).isEqualTo(regel);
        assertThatThrownBy(() -> register.organisatie(elders.getId())).isInstanceOf(AccessDeniedException.class);
        gegevens.logIn("accountmanager");
        assertThat(register.organisatie(elders.getId()).naam()).isEqualTo(elders.getNaam());
        gegevens.logIn(gegevens.respondent(elders));
        assertThatThrownBy(() -> register.organisatie(elders.getId())).isInstanceOf(AccessDeniedException.class);
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
    void onlyBeheerderAndAgendahouderManageTheRegister() {
        gegevens.logIn(gegevens.regionaal(Rol.ACCOUNTMANAGER));
        assertThatThrownBy(() -> register.organisaties()).isInstanceOf(AccessDeniedException.class);
        gegevens.logIn(gegevens.respondent());
        assertThatThrownBy(() -> register.gemeenten()).isInstanceOf(AccessDeniedException.class);
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
}
