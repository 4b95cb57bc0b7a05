package nl.gezin1plan.monitor.uitnodiging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import nl.gezin1plan.monitor.PostgresTest;
import nl.gezin1plan.monitor.TestGegevens;
import nl.gezin1plan.monitor.base.OngeldigeInvoer;
import nl.gezin1plan.monitor.mail.MailStatus;
import nl.gezin1plan.monitor.organisatie.Gemeente;
import nl.gezin1plan.monitor.organisatie.Organisatie;
import nl.gezin1plan.monitor.organisatie.Rol;
import nl.gezin1plan.monitor.uitvraag.UitvraagService;
import jakarta.persistence.EntityManagerFactory;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

@PostgresTest
class UitnodigingBeheerServiceTest {

    private static final String WACHTWOORD = "paard-batterij-niet";

    @Autowired
    UitnodigingBeheerService beheer;
    @Autowired
    UitnodigingService links;
    @Autowired
    UitnodigingFixture fixture;
    @Autowired
    TestGegevens gegevens;
    @Autowired
    UitvraagService uitvragen;
    @Autowired
    OrganisatieKeuzeService keuzes;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    EntityManagerFactory entityManagerFactory;

    @AfterEach
    void logUit() {
        gegevens.logUit();
    }

    private record Opzet(String agendahouder, Organisatie organisatie, String adres) {
    }

    private Opzet opzet(int jaar) {
        Gemeente gemeente = gegevens.gemeente();
        String adres = UitnodigingFixture.adres("anna");
        Organisatie organisatie = fixture.organisatie(gemeente, new String[] {"Anna de Vries", adres});
        String agendahouder = gegevens.agendahouder(gemeente);
        fixture.openRonde(agendahouder, jaar);
        return new Opzet(agendahouder, organisatie, adres);
    }

    @Test
    void theRoundOverviewShowsWhoWasInvitedWhetherTheLinkWasOpenedAndWhyDeliveryFailed() {
        Opzet opzet = opzet(2053);
        links.bekijk(fixture.code(opzet.adres()));
        jdbc.update("update uitgaande_mail set status = 'MISLUKT', laatste_fout = '550 5.1.1 mailbox unknown'"
                + " where ontvanger = ?", opzet.adres());
        gegevens.logIn(opzet.agendahouder());

        List<UitnodigingStand> standen = beheer.standen(2053, List.of(opzet.organisatie().getId()))
                .get(opzet.organisatie().getId());

        assertThat(standen).singleElement().satisfies(s -> {
            assertThat(s.naam()).isEqualTo("Anna de Vries");
            assertThat(s.email()).isEqualTo(opzet.adres());
            assertThat(s.verstuurd()).isNotNull();
            assertThat(s.geopend()).isNotNull();
            assertThat(s.geaccepteerd()).isNull();
            assertThat(s.mailStatus()).isEqualTo(MailStatus.MISLUKT);
            assertThat(s.laatsteFout()).isEqualTo("550 5.1.1 mailbox unknown");
            assertThat(s.bezorgingMislukt()).isTrue();
        });
    }

    @Test
    void theInvitationsOfAPageOfOrganisationsAreReadInTheSameFewQueriesHoweverManyThereAre() {
        Gemeente gemeente = gegevens.gemeente();
        List<Long> ids = new java.util.ArrayList<>();
        for (int i = 0; i < 6; i++) {
            ids.add(fixture.organisatie(gemeente, new String[] {"Persoon " + i, UitnodigingFixture.adres("p" + i)},
                    new String[] {"Collega " + i, UitnodigingFixture.adres("c" + i)}).getId());
        }
        String agendahouder = gegevens.agendahouder(gemeente);
        fixture.openRonde(agendahouder, 2052);
        gegevens.logIn(agendahouder);

        long eenOrganisatie = statements(() -> beheer.standen(2052, ids.subList(0, 1)));
        long zes = statements(() -> assertThat(beheer.standen(2052, ids)).hasSize(6)
                .allSatisfy((id, standen) -> assertThat(standen).hasSize(2)));

        assertThat(zes).isEqualTo(eenOrganisatie).isLessThanOrEqualTo(3);
    }

    private long statements(Runnable lezen) {
        Statistics statistieken = entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
        statistieken.clear();
        lezen.run();
        return statistieken.getPrepareStatementCount();
    }

    @Test
    void invitingAgainSendsANewLinkAndTheOldOneStopsWorking() {
        Opzet opzet = opzet(2054);
        String oud = fixture.code(opzet.adres());
        gegevens.logIn(opzet.agendahouder());

        assertThat(beheer.nodigOpnieuwUit(2054, opzet.organisatie().getId())).isOne();

        String nieuw = fixture.code(opzet.adres());
        assertThat(nieuw).isNotEqualTo(oud);
        gegevens.logUit();
        assertThat(links.bekijk(oud).status()).isEqualTo(UitnodigingStatus.VERVANGEN);
        assertThat(links.bekijk(nieuw).status()).isEqualTo(UitnodigingStatus.GELDIG);
    }

    @Test
    void anotherContactPersonIsInvitedAndAnInvalidAddressIsRefusedWithAClearMessage() {
        Opzet opzet = opzet(2055);
        String karim = UitnodigingFixture.adres("karim");
        gegevens.logIn(opzet.agendahouder());

        assertThatThrownBy(() -> beheer.nodigContactUit(2055, opzet.organisatie().getId(), "Karim", "karim@"))
                .isInstanceOfSatisfying(OngeldigeInvoer.class, e -> assertThat(e.fouten()).containsEntry("email",
                        "Vul een geldig e-mailadres in, bijvoorbeeld naam@organisatie.nl."));
        assertThatThrownBy(() -> beheer.nodigContactUit(2055, opzet.organisatie().getId(), " ", karim))
                .isInstanceOf(OngeldigeInvoer.class);
        beheer.nodigContactUit(2055, opzet.organisatie().getId(), "Karim Benali", karim.toUpperCase());

        assertThat(fixture.mailsAan(karim)).singleElement().asString().contains("Beste Karim Benali,");
        assertThat(beheer.standen(2055, List.of(opzet.organisatie().getId())).get(opzet.organisatie().getId()))
                .extracting(UitnodigingStand::email).containsExactlyInAnyOrder(opzet.adres(), karim);
    }

    @Test
    void anAgendahouderOfAnotherGemeenteCanNeitherSeeNorInviteAndARespondentCannotInviteForTheGemeente() {
        Opzet opzet = opzet(2056);
        long id = opzet.organisatie().getId();
        gegevens.logIn(gegevens.agendahouder(gegevens.gemeente()));

        assertThat(beheer.standen(2056, List.of(id))).isEmpty();
        assertThatThrownBy(() -> beheer.nodigOpnieuwUit(2056, id)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> beheer.nodigContactUit(2056, id, "Mallory", UitnodigingFixture.adres("mallory")))
                .isInstanceOf(AccessDeniedException.class);
        gegevens.logIn(gegevens.respondent(opzet.organisatie()));
        assertThatThrownBy(() -> beheer.nodigOpnieuwUit(2056, id)).isInstanceOf(AccessDeniedException.class);
        gegevens.logIn(gegevens.regionaal(Rol.ACCOUNTMANAGER));
        assertThatThrownBy(() -> beheer.nodigOpnieuwUit(2056, id)).isInstanceOf(AccessDeniedException.class);
        assertThat(fixture.mailsAan(opzet.adres())).hasSize(1);
    }

    @Test
    void aRespondentInvitesAColleagueWhoGetsAnAccountOnTheSameOrganisationAndSeesTheSameUitvraag() {
        Opzet opzet = opzet(2057);
        String respondent = links.accepteer(fixture.code(opzet.adres()), WACHTWOORD, WACHTWOORD).gebruikersnaam();
        String collega = UitnodigingFixture.adres("collega");
        gegevens.logIn(respondent);
        long uitvraag = uitvragen.mijnUitvraag(2057).orElseThrow().id();

        beheer.nodigCollegaUit(2057, "Carla Collega", collega);

        assertThat(jdbc.queryForMap("select onderwerp, tekst, html from uitgaande_mail where ontvanger = ?", collega))
                .satisfies(mail -> {
                    assertThat(mail.get("onderwerp")).isEqualTo("Anna de Vries nodigt u uit voor de uitvraag 2057");
                    assertThat(mail.get("tekst")).asString().contains("Beste Carla Collega,")
                            .contains("Uw collega Anna de Vries vult voor " + opzet.organisatie().getNaam()
                                    + " de uitvraag 2057 van 1Gezin1Plan in en vraagt u om mee te werken.")
                            .contains("namens Anna de Vries").doesNotContain("gemeente");
                    assertThat(mail.get("html")).asString().contains("Uw collega Anna de Vries vult voor");
                });
        gegevens.logUit();
        String code = fixture.code(collega);
        assertThat(links.bekijk(code).organisatie()).isEqualTo(opzet.organisatie().getNaam());
        links.accepteer(code, WACHTWOORD, WACHTWOORD);
        gegevens.logIn(collega);
        assertThat(uitvragen.mijnUitvraag(2057).orElseThrow().id()).isEqualTo(uitvraag);
    }

    @Test
    void aRespondentCannotInviteForAYearWithoutUitvraagNorAsAnotherRole() {
        Opzet opzet = opzet(2058);
        gegevens.logIn(gegevens.respondent(opzet.organisatie()));
        assertThatThrownBy(() -> beheer.nodigCollegaUit(2059, "Carla", UitnodigingFixture.adres("carla")))
                .isInstanceOf(AccessDeniedException.class);
        gegevens.logIn(opzet.agendahouder());
        assertThatThrownBy(() -> beheer.nodigCollegaUit(2058, "Carla", UitnodigingFixture.adres("carla")))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void onlyTheAccountOfTheInvitedAddressAttachesTheInvitation() {
        Opzet opzet = opzet(2060);
        String code = fixture.code(opzet.adres());
        gegevens.logIn(gegevens.respondent(opzet.organisatie()));
        assertThatThrownBy(() -> links.koppel(code)).isInstanceOf(AccessDeniedException.class);

        String eigen = gegevens.respondent(opzet.organisatie());
        jdbc.update("update gebruiker set email = ? where gebruikersnaam = ?", opzet.adres().toUpperCase(), eigen);
        gegevens.logIn(eigen);
        assertThat(links.koppel(code).jaar()).isEqualTo(2060);
        assertThat(jdbc.queryForObject("select geaccepteerd_door from uitnodiging where email = ?", String.class,
                opzet.adres())).isEqualTo(eigen);
        assertThatThrownBy(() -> links.koppel(code)).isInstanceOf(UitnodigingOngeldig.class);
        assertThat(keuzes.mijnOrganisaties()).hasSize(1);
    }

    @Test
    void aPersonInvitedByTwoOrganisationsHasOneAccountAndChoosesWhichOrganisationTheyWorkFor() {
        Opzet eerste = opzet(2051);
        String adres = eerste.adres();
        links.accepteer(fixture.code(adres), WACHTWOORD, WACHTWOORD);
        Gemeente gemeente = gegevens.gemeente();
        Organisatie tweede = fixture.organisatie(gemeente, new String[] {"Anna de Vries", adres.toUpperCase()});
        fixture.openRonde(gegevens.agendahouder(gemeente), 2051);
        String code = fixture.code(adres);
        assertThat(links.bekijk(code).bestaandAccount()).isTrue();

        gegevens.logIn(adres);
        UitnodigingService.Acceptatie acceptatie = links.koppel(code);
        assertThat(acceptatie.organisatieId()).isEqualTo(tweede.getId());
        assertThat(keuzes.mijnOrganisaties()).extracting(OrganisatieKeuzeService.Keuze::naam)
                .containsExactly(eerste.organisatie().getNaam(), tweede.getNaam());
        assertThat(uitvragen.mijnUitvraag(2051).orElseThrow().organisatie()).isEqualTo(eerste.organisatie().getNaam());

        keuzes.kies(tweede.getId());

        assertThat(uitvragen.mijnUitvraag(2051).orElseThrow().organisatie()).isEqualTo(tweede.getNaam());
        assertThat(keuzes.mijnOrganisaties()).filteredOn(OrganisatieKeuzeService.Keuze::gekozen)
                .extracting(OrganisatieKeuzeService.Keuze::naam).containsExactly(tweede.getNaam());
        long vreemd = gegevens.organisatie(false, gemeente).getId();
        assertThatThrownBy(() -> keuzes.kies(vreemd)).isInstanceOf(AccessDeniedException.class);
        assertThat(jdbc.queryForObject("select count(*) from gebruiker where lower(email) = ?", Integer.class, adres))
                .isOne();
    }

    @Test
    void aRespondentWhoInvitedTwentyPeopleInADayIsToldSoAndNothingMoreIsSentUntilADayHasPassed() {
        Opzet opzet = opzet(2030);
        String respondent = links.accepteer(fixture.code(opzet.adres()), WACHTWOORD, WACHTWOORD).gebruikersnaam();
        gegevens.logIn(respondent);
        for (int i = 0; i < 20; i++) {
            beheer.nodigCollegaUit(2030, "Collega " + i, UitnodigingFixture.adres("limiet" + i));
        }
        String teVeel = UitnodigingFixture.adres("te-veel");

        assertThatThrownBy(() -> beheer.nodigCollegaUit(2030, "Een Te Veel", teVeel))
                .isInstanceOfSatisfying(OngeldigeInvoer.class, e -> assertThat(e.fouten()).containsOnlyKeys("limiet")
                        .extractingByKey("limiet").asString()
                        .startsWith("U heeft in de afgelopen 24 uur al 20 mensen uitgenodigd").contains("niets verstuurd"));
        assertThat(fixture.mailsAan(teVeel)).isEmpty();
        assertThat(jdbc.queryForObject("select count(*) from uitnodiging where email = ?", Integer.class, teVeel))
                .isZero();

        gegevens.logIn(opzet.agendahouder());
        beheer.nodigContactUit(2030, opzet.organisatie().getId(), "Door De Gemeente", teVeel);
        assertThat(fixture.mailsAan(teVeel)).hasSize(1);

        jdbc.update("update uitnodiging set aangemaakt = aangemaakt - interval '25 hours' where aangemaakt_door = ?"
                + " and naam = 'Collega 0'", respondent);
        gegevens.logIn(respondent);
        String naEenDag = UitnodigingFixture.adres("na-een-dag");
        beheer.nodigCollegaUit(2030, "Na Een Dag", naEenDag);
        assertThat(fixture.mailsAan(naEenDag)).hasSize(1);
    }
}
