package nl.gezin1plan.monitor.beheer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import nl.gezin1plan.monitor.PostgresTest;
import nl.gezin1plan.monitor.TestGegevens;
import nl.gezin1plan.monitor.audit.AuditFilter;
import nl.gezin1plan.monitor.audit.AuditRegel;
import nl.gezin1plan.monitor.audit.AuditService;
import nl.gezin1plan.monitor.audit.AuditSoort;
import nl.gezin1plan.monitor.base.OngeldigeInvoer;
import nl.gezin1plan.monitor.checklist.ChecklistEigenaar;
import nl.gezin1plan.monitor.checklist.ChecklistService;
import nl.gezin1plan.monitor.organisatie.OrganisatieType;
import nl.gezin1plan.monitor.organisatie.Rol;
import nl.gezin1plan.monitor.security.MonitorGebruiker;
import nl.gezin1plan.monitor.uitnodiging.UitnodigingFixture;
import nl.gezin1plan.monitor.uitnodiging.UitnodigingOngeldig;
import nl.gezin1plan.monitor.uitnodiging.UitnodigingService;
import nl.gezin1plan.monitor.uitnodiging.UitnodigingStatus;
import nl.gezin1plan.monitor.uitnodiging.UitnodigingWeergave;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.config.annotation.authentication.configuration.AuthenticationConfiguration;
import org.springframework.security.core.AuthenticationException;
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
    @Autowired
    AuditService audit;
    @Autowired
    AuthenticationConfiguration inloggen;
    @Autowired
    UitnodigingService links;
    @Autowired
    UitnodigingFixture fixture;
    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

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
    void anEMailAddressFollowsTheSameRuleAsInvitationsAndMijnAccount() {
        for (String adres : new String[] {"<jan@gemeente.nl>", "jan@gemeente.nl,piet", "jan@gemeente"}) {
            assertThat(new GebruikerGegevens("Jan", adres, Rol.ACCOUNTMANAGER, null, null, null).fouten())
                    .as(adres).containsEntry("email", "Vul een geldig e-mailadres in, bijvoorbeeld naam@gemeente.nl.");
            assertThat(new OrganisatieGegevens("Org", null, OrganisatieType.GGZ, false, Set.of(1L),
                    List.of(new OrganisatieGegevens.Contact("Jan", adres, null))).fouten())
                    .as(adres).containsEntry("contactpersonen", "Contactpersoon 1: vul een geldig e-mailadres in.");
        }
        assertThat(new GebruikerGegevens("Jan", " Jan.de.Vries@Gemeente.nl ", Rol.ACCOUNTMANAGER, null, null, null)
                .fouten()).isEmpty();
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

    @Test
    void theBeheerderChangesNameEmailRoleAndScopeAndTheAuditLogSaysWhatChanged() {
        var gemeente = gegevens.gemeente();
        var afdeling = gegevens.afdeling(gemeente);
        String persoon = gegevens.agendahouder(gemeente);

        beheer.wijzigGebruiker(persoon, new GebruikerGegevens("Anna Andere", "anna@gemeente.nl",
                Rol.AANDACHTSFUNCTIONARIS, null, afdeling.getId(), null));

        var regel = beheer.overzicht().gebruikers().stream().filter(g -> g.gebruikersnaam().equals(persoon))
                .findFirst().orElseThrow();
        assertThat(regel.naam()).isEqualTo("Anna Andere");
        assertThat(regel.email()).isEqualTo("anna@gemeente.nl");
        assertThat(regel.rol()).isEqualTo(Rol.AANDACHTSFUNCTIONARIS);
        assertThat(regel.afdelingId()).isEqualTo(afdeling.getId());
        assertThat(regel.gemeenteId()).isEqualTo(gemeente.getId());
        assertThat(((MonitorGebruiker) userDetails.loadUserByUsername(persoon)).gebruiker().afdelingId())
                .isEqualTo(afdeling.getId());
        assertThat(beheerAudit(persoon)).singleElement().asString()
                .contains("was Agendahouder (" + gemeente.getNaam() + ")")
                .contains("nu Aandachtsfunctionaris (" + afdeling.getNaam());
    }

    @Test
    void aChangeWithoutTheScopeOfTheNewRoleIsRefusedAndChangesNothing() {
        var gemeente = gegevens.gemeente();
        String persoon = gegevens.agendahouder(gemeente);

        assertThatThrownBy(() -> beheer.wijzigGebruiker(persoon, new GebruikerGegevens("Test", "geen-mail",
                Rol.ORGANISATIE, null, null, null)))
                .isInstanceOfSatisfying(OngeldigeInvoer.class, e -> assertThat(e.fouten())
                        .containsOnlyKeys("email", "organisatie"));
        assertThat(((MonitorGebruiker) userDetails.loadUserByUsername(persoon)).gebruiker().rol())
                .isEqualTo(Rol.AGENDAHOUDER);
    }

    @Test
    void aDeactivatedPersonCannotLogInKeepsTheirNameAndCanBeReactivated() throws Exception {
        String persoon = gegevens.agendahouder(gegevens.gemeente());

        beheer.zetActief(persoon, false);

        assertThatThrownBy(() -> inloggen.getAuthenticationManager().authenticate(
                UsernamePasswordAuthenticationToken.unauthenticated(persoon, "test")))
                .isInstanceOf(AuthenticationException.class);
        assertThat(beheer.overzicht().gebruikers()).anyMatch(g -> g.gebruikersnaam().equals(persoon) && !g.actief());

        beheer.zetActief(persoon, true);

        assertThat(inloggen.getAuthenticationManager().authenticate(
                UsernamePasswordAuthenticationToken.unauthenticated(persoon, "test")).isAuthenticated()).isTrue();
        assertThat(beheerAudit(persoon)).hasSize(2).anySatisfy(t -> assertThat(t).contains("gedeactiveerd"))
                .anySatisfy(t -> assertThat(t).contains("weer geactiveerd"));
    }

    @Test
    void aBeheerderCannotDeactivateThemselvesOrGiveUpTheirOwnRoleAndOthersMayNotManagePeople() {
        String beheerder = gegevens.regionaal(Rol.BEHEERDER);
        gegevens.logIn(beheerder);

        assertThatThrownBy(() -> beheer.zetActief(beheerder, false)).isInstanceOf(OngeldigeInvoer.class);
        assertThatThrownBy(() -> beheer.wijzigGebruiker(beheerder, new GebruikerGegevens("Ik", null,
                Rol.ACCOUNTMANAGER, null, null, null))).isInstanceOf(OngeldigeInvoer.class);
        gegevens.logIn(gegevens.regionaal(Rol.ACCOUNTMANAGER));
        assertThatThrownBy(() -> beheer.zetActief(beheerder, false)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> beheer.wijzigGebruiker(beheerder, new GebruikerGegevens("Ik", null,
                Rol.BEHEERDER, null, null, null))).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aPersonInvitedByEmailChoosesTheirPasswordByTheLinkAndThenLogsInWithTheirUserName() {
        var gemeente = beheer.voegGemeenteToe(TestGegevens.uniek("Zoeterwoude"));
        String gebruikersnaam = TestGegevens.uniek("ah.zoeterwoude").toLowerCase();
        String adres = UitnodigingFixture.adres("ilse");

        beheer.voegGebruikerToe(new NieuweGebruiker(gebruikersnaam, "Ilse Uitgenodigd", adres, Rol.AGENDAHOUDER,
                gemeente.id(), null, null, null, true));

        assertThat(fixture.mailsAan(adres)).singleElement().asString().contains("Beste Ilse Uitgenodigd,")
                .contains("Uw gebruikersnaam is: " + gebruikersnaam).contains("met de rol Agendahouder");
        assertThat(beheerAudit(gebruikersnaam)).singleElement().asString().contains("uitgenodigd per e-mail");
        assertThat(audit.zoek(new AuditFilter(AuditSoort.UITNODIGING, null, null, null), 0, 200))
                .anySatisfy(r -> assertThat(r.omschrijving()).contains(adres).contains("'" + gebruikersnaam + "'"));
        String code = fixture.code(adres);
        gegevens.logUit();

        UitnodigingWeergave weergave = links.bekijk(code);
        assertThat(weergave.status()).isEqualTo(UitnodigingStatus.GELDIG);
        assertThat(weergave.gebruikersnaam()).isEqualTo(gebruikersnaam);
        assertThat(weergave.rol()).isEqualTo("Agendahouder");
        assertThatThrownBy(() -> links.accepteer(code, gebruikersnaam, gebruikersnaam))
                .isInstanceOfSatisfying(OngeldigeInvoer.class, e -> assertThat(e.fouten()).containsKey("wachtwoord"));
        UitnodigingService.Acceptatie acceptatie = links.accepteer(code, "een-eigen-lang-wachtwoord",
                "een-eigen-lang-wachtwoord");

        assertThat(acceptatie.gebruikersnaam()).isEqualTo(gebruikersnaam);
        assertThat(acceptatie.bestemming()).isEqualTo(".");
        assertThat(aanmelden().authenticate(UsernamePasswordAuthenticationToken.unauthenticated(gebruikersnaam,
                "een-eigen-lang-wachtwoord")).isAuthenticated()).isTrue();
        assertThatThrownBy(() -> links.accepteer(code, "nog-een-ander-wachtwoord", "nog-een-ander-wachtwoord"))
                .isInstanceOfSatisfying(UitnodigingOngeldig.class,
                        e -> assertThat(e.status()).isEqualTo(UitnodigingStatus.GEBRUIKT));
        gegevens.logIn(gegevens.regionaal(Rol.BEHEERDER));
        assertThat(audit.zoek(new AuditFilter(AuditSoort.UITNODIGING_GEACCEPTEERD, null, null, null), 0, 200))
                .anySatisfy(r -> {
                    assertThat(r.gebruikersnaam()).isEqualTo(gebruikersnaam);
                    assertThat(r.rol()).isEqualTo(Rol.AGENDAHOUDER);
                });
    }

    @Test
    void anExpiredInvitationSendsANewLinkOnRequestAndADeactivatedPersonsLinkNoLongerWorks() {
        String gebruikersnaam = TestGegevens.uniek("am.verlopen").toLowerCase();
        String adres = UitnodigingFixture.adres("verlopen");
        beheer.voegGebruikerToe(new NieuweGebruiker(gebruikersnaam, "Vera Verlopen", adres, Rol.ACCOUNTMANAGER, null,
                null, null, null, true));
        String oud = fixture.code(adres);
        jdbc.update("update uitnodiging set verloopt = aangemaakt - interval '1 second' where email = ?", adres);

        assertThat(links.bekijk(oud).status()).isEqualTo(UitnodigingStatus.VERLOPEN);
        links.stuurNieuweLink(oud);

        String nieuw = fixture.code(adres);
        assertThat(nieuw).isNotEqualTo(oud);
        assertThat(links.bekijk(nieuw).gebruikersnaam()).isEqualTo(gebruikersnaam);
        assertThat(links.bekijk(oud).status()).isEqualTo(UitnodigingStatus.VERVANGEN);

        beheer.zetActief(gebruikersnaam, false);

        assertThat(links.bekijk(nieuw).status()).isEqualTo(UitnodigingStatus.ONBEKEND);
        assertThatThrownBy(() -> links.accepteer(nieuw, "een-eigen-lang-wachtwoord", "een-eigen-lang-wachtwoord"))
                .isInstanceOf(UitnodigingOngeldig.class);
    }

    @Test
    void untilTheInvitedPersonChoosesAPasswordNoPasswordLetsThemIn() {
        String gebruikersnaam = TestGegevens.uniek("am.nieuw").toLowerCase();

        beheer.voegGebruikerToe(new NieuweGebruiker(gebruikersnaam, "Aad Nieuw", UitnodigingFixture.adres("aad"),
                Rol.ACCOUNTMANAGER, null, null, null, "een-lang-wachtwoord", true));

        for (String geraden : new String[] {"", "een-lang-wachtwoord", "test"}) {
            assertThatThrownBy(() -> aanmelden().authenticate(UsernamePasswordAuthenticationToken.unauthenticated(
                    gebruikersnaam, geraden))).isInstanceOf(AuthenticationException.class);
        }
    }

    @Test
    void anInvitationNeedsAnEmailAddressButNoPasswordAndWithoutOneNothingIsAdded() {
        String gebruikersnaam = TestGegevens.uniek("zonder.mail").toLowerCase();

        assertThatThrownBy(() -> beheer.voegGebruikerToe(new NieuweGebruiker(gebruikersnaam, "Zonder Mail", null,
                Rol.ACCOUNTMANAGER, null, null, null, "", true)))
                .isInstanceOfSatisfying(OngeldigeInvoer.class, e -> assertThat(e.fouten())
                        .containsOnly(org.assertj.core.api.Assertions.entry("email",
                                "Vul het e-mailadres in: daar gaat de uitnodiging heen.")));
        assertThat(beheer.overzicht().gebruikers()).noneMatch(g -> g.gebruikersnaam().equals(gebruikersnaam));
    }

    @Test
    void aUserNameThatIsAnEmailAddressIsStoredInLowerCaseAndLogsInWrittenAnyWay() {
        String adres = UitnodigingFixture.adres("Mixed.Case");
        String getypt = "Mixed." + adres.substring("mixed.".length()).toUpperCase();

        beheer.voegGebruikerToe(new NieuweGebruiker(getypt, "Mila Mail", adres, Rol.ACCOUNTMANAGER, null, null, null,
                "een-lang-wachtwoord"));

        assertThat(beheer.overzicht().gebruikers()).anyMatch(g -> g.gebruikersnaam().equals(adres));
        assertThat(aanmelden().authenticate(UsernamePasswordAuthenticationToken.unauthenticated(getypt,
                "een-lang-wachtwoord")).getName()).isEqualTo(adres);
        assertThatThrownBy(() -> beheer.voegGebruikerToe(new NieuweGebruiker(adres.toUpperCase(), "Dubbel", null,
                Rol.ACCOUNTMANAGER, null, null, null, "een-lang-wachtwoord")))
                .isInstanceOfSatisfying(OngeldigeInvoer.class, e -> assertThat(e.fouten())
                        .containsEntry("gebruikersnaam", "Deze gebruikersnaam is al in gebruik."));
    }

    private org.springframework.security.authentication.AuthenticationManager aanmelden() {
        try {
            return inloggen.getAuthenticationManager();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private java.util.List<String> beheerAudit(String persoon) {
        return audit.zoek(new AuditFilter(AuditSoort.BEHEER, null, null, null), 0, 200).stream()
                .map(AuditRegel::omschrijving).filter(t -> t.contains("'" + persoon + "'")).toList();
    }
}
