package nl.gezin1plan.monitor.beheer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import nl.gezin1plan.monitor.PostgresTest;
import nl.gezin1plan.monitor.TestGegevens;
import nl.gezin1plan.monitor.base.OngeldigeInvoer;
import nl.gezin1plan.monitor.checklist.ChecklistEigenaar;
import nl.gezin1plan.monitor.checklist.ChecklistService;
import nl.gezin1plan.monitor.organisatie.Rol;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;

@PostgresTest
class StructuurBeheerServiceTest {

    @Autowired
    StructuurBeheerService beheer;
    @Autowired
    ChecklistService checklists;
    @Autowired
    UserDetailsService userDetails;
    @Autowired
    PasswordEncoder encoder;
    @Autowired
    TestGegevens gegevens;

    @BeforeEach
    void alsBeheerder() {
        gegevens.logIn(gegevens.regionaal(Rol.BEHEERDER));
    }

    @AfterEach
    void logUit() {
        gegevens.logUit();
    }

    @Test
    void aNewGemeenteWithAfdelingAndAgendahouderCanStartWorking() {
        var gemeente = beheer.voegGemeenteToe(TestGegevens.uniek("Nieuwkoop"));
        var afdeling = beheer.voegAfdelingToe(gemeente.id(), "Sociaal team");
        String gebruikersnaam = TestGegevens.uniek("ah.nieuwkoop").toLowerCase();
        beheer.voegGebruikerToe(new NieuweGebruiker(gebruikersnaam, "Nina Nieuw", "nina@nieuwkoop.nl",
                Rol.AGENDAHOUDER, gemeente.id(), null, null, "een-lang-wachtwoord"));

        var overzicht = beheer.overzicht();
        assertThat(overzicht.gemeenten()).anyMatch(g -> g.id() == gemeente.id() && g.afdelingen().contains(afdeling));
        assertThat(overzicht.gebruikers()).anyMatch(g -> g.gebruikersnaam().equals(gebruikersnaam)
                && g.scope().equals(gemeente.naam()));
        var login = userDetails.loadUserByUsername(gebruikersnaam);
        assertThat(encoder.matches("een-lang-wachtwoord", login.getPassword())).isTrue();
        assertThat(login.getPassword()).doesNotContain("een-lang-wachtwoord");

        gegevens.logIn(gebruikersnaam);
        assertThat(checklists.start(ChecklistEigenaar.gemeente(gemeente.id()), 2026).items()).hasSize(28);
    }

    @Test
    void badInputIsRefusedPerFieldAndNothingIsAdded() {
        int voor = beheer.overzicht().gebruikers().size();

        assertThatThrownBy(() -> beheer.voegGebruikerToe(new NieuweGebruiker("Ab", "", "geen-mail", Rol.AGENDAHOUDER,
                null, null, null, "kort")))
                .isInstanceOfSatisfying(OngeldigeInvoer.class, e -> assertThat(e.fouten())
                        .containsOnlyKeys("gebruikersnaam", "naam", "email", "gemeente", "wachtwoord"));
        assertThatThrownBy(() -> beheer.voegGebruikerToe(new NieuweGebruiker("agendahouder", "Dubbel", null,
                Rol.ACCOUNTMANAGER, null, null, null, "een-lang-wachtwoord")))
                .isInstanceOfSatisfying(OngeldigeInvoer.class, e -> assertThat(e.fouten())
                        .containsEntry("gebruikersnaam", "Deze gebruikersnaam is al in gebruik."));
        assertThat(beheer.overzicht().gebruikers()).hasSize(voor);
    }

    @Test
    void duplicateOrEmptyNamesAreRefused() {
        assertThatThrownBy(() -> beheer.voegGemeenteToe("leiden"))
                .isInstanceOfSatisfying(OngeldigeInvoer.class, e -> assertThat(e.fouten())
                        .containsEntry("naam", "Er is al een gemeente met deze naam."));
        assertThatThrownBy(() -> beheer.voegGemeenteToe("  ")).isInstanceOf(OngeldigeInvoer.class);
        assertThatThrownBy(() -> beheer.voegAfdelingToe(-1, "Team")).isInstanceOf(OngeldigeInvoer.class);
    }

    @Test
    void onlyTheBeheerderManagesTheStructure() {
        gegevens.logIn("agendahouder");

        assertThatThrownBy(() -> beheer.overzicht()).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> beheer.voegGemeenteToe("Stiekem")).isInstanceOf(AccessDeniedException.class);
    }
}
