package nl.gezin1plan.monitor.uitnodiging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import nl.gezin1plan.monitor.PostgresTest;
import nl.gezin1plan.monitor.TestGegevens;
import nl.gezin1plan.monitor.base.OngeldigeInvoer;
import nl.gezin1plan.monitor.organisatie.Gemeente;
import nl.gezin1plan.monitor.organisatie.Organisatie;
import nl.gezin1plan.monitor.security.PersoonlijkeLink;
import nl.gezin1plan.monitor.uitvraag.UitvraagService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

@PostgresTest
class UitnodigingServiceTest {

    private static final String WACHTWOORD = "paard-batterij-niet";

    @Autowired
    UitnodigingService service;
    @Autowired
    UitnodigingFixture fixture;
    @Autowired
    TestGegevens gegevens;
    @Autowired
    UitvraagService uitvragen;
    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void logUit() {
        gegevens.logUit();
    }

    /** An organisation of a gemeente of its own with one invited contact person, in a round of {@code jaar}. */
    private String uitgenodigd(int jaar) {
        Gemeente gemeente = gegevens.gemeente();
        String adres = UitnodigingFixture.adres("anna");
        fixture.organisatie(gemeente, new String[] {"Anna de Vries", adres});
        fixture.openRonde(gegevens.agendahouder(gemeente), jaar);
        return adres;
    }

    @Test
    void openingARoundInvitesEveryContactPersonOncePerAddressWithALinkWhoseCodeIsOnlyStoredAsItsHash() {
        Gemeente gemeente = gegevens.gemeente();
        String anna = UitnodigingFixture.adres("anna");
        String karim = UitnodigingFixture.adres("karim");
        Organisatie organisatie = fixture.organisatie(gemeente, new String[] {"Anna de Vries", anna},
                new String[] {"Anna (tweede adres in hoofdletters)", anna.toUpperCase()},
                new String[] {"Karim Benali", karim}, new String[] {"Secretariaat", null});

        fixture.openRonde(gegevens.agendahouder(gemeente), 2081);

        assertThat(fixture.mailsAan(anna)).hasSize(1);
        assertThat(fixture.mailsAan(karim)).hasSize(1);
        assertThat(fixture.mailsAan(anna).getFirst()).contains("Beste Anna de Vries,")
                .contains("Namens de gemeente " + gemeente.getNaam() + " vragen wij " + organisatie.getNaam())
                .contains("http://localhost:8080/uitnodiging/");
        String code = fixture.code(anna);
        assertThat(jdbc.queryForObject("select count(*) from uitnodiging where organisatie_id = ? and jaar = 2081",
                Integer.class, organisatie.getId())).isEqualTo(2);
        assertThat(jdbc.queryForObject("select count(*) from uitnodiging where code_hash = ? and mail_id is not null",
                Integer.class, PersoonlijkeLink.hash(code))).isOne();
        assertThat(jdbc.queryForObject("select count(*) from uitnodiging where code_hash like ? or naam like ?",
                Integer.class, "%" + code + "%", "%" + code + "%")).isZero();
    }

    @Test
    void aValidLinkShowsTheInvitationAndChoosingAPasswordMakesOneRespondentAccountOnTheOrganisationOnlyOnce() {
        String adres = uitgenodigd(2082);
        String code = fixture.code(adres);

        UitnodigingWeergave weergave = service.bekijk(code);
        assertThat(weergave.status()).isEqualTo(UitnodigingStatus.GELDIG);
        assertThat(weergave.naam()).isEqualTo("Anna de Vries");
        assertThat(weergave.jaar()).isEqualTo(2082);
        assertThat(weergave.bestaandAccount()).isFalse();
        assertThat(jdbc.queryForObject("select geopend is not null from uitnodiging where email = ?", Boolean.class,
                adres)).isTrue();

        UitnodigingService.Acceptatie acceptatie = service.accepteer(code, WACHTWOORD, WACHTWOORD);

        assertThat(acceptatie.gebruikersnaam()).isEqualTo(adres);
        gegevens.logIn(adres);
        assertThat(uitvragen.mijnUitvraag(2082)).isPresent();
        assertThatThrownBy(() -> service.accepteer(code, WACHTWOORD, WACHTWOORD))
                .isInstanceOfSatisfying(UitnodigingOngeldig.class,
                        e -> assertThat(e.status()).isEqualTo(UitnodigingStatus.GEBRUIKT));
        assertThat(service.bekijk(code).status()).isEqualTo(UitnodigingStatus.GEBRUIKT);
        assertThat(jdbc.queryForList("select soort from audit_gebeurtenis where gebruikersnaam = ? order by id",
                String.class, adres)).containsExactly("UITNODIGING_GEACCEPTEERD");
    }

    @Test
    void aPasswordShorterThanTwelveCharactersOrNotTypedTwiceTheSameIsRefusedAndTheLinkStillWorks() {
        String adres = uitgenodigd(2083);
        String code = fixture.code(adres);

        assertThatThrownBy(() -> service.accepteer(code, "kort-wachtw", "kort-wachtw"))
                .isInstanceOfSatisfying(OngeldigeInvoer.class, e -> assertThat(e.fouten())
                        .containsEntry("wachtwoord", "Kies een wachtwoord van minstens 12 tekens."));
        assertThatThrownBy(() -> service.accepteer(code, WACHTWOORD, WACHTWOORD + "!"))
                .isInstanceOfSatisfying(OngeldigeInvoer.class, e -> assertThat(e.fouten())
                        .containsEntry("herhaling", "De twee wachtwoorden zijn niet gelijk. Typ hetzelfde wachtwoord twee keer."));

        assertThat(service.bekijk(code).status()).isEqualTo(UitnodigingStatus.GELDIG);
        assertThat(jdbc.queryForObject("select count(*) from gebruiker where gebruikersnaam = ?", Integer.class, adres))
                .isZero();
    }

    @Test
    void anExpiredLinkMakesNoAccountAndAsksForANewLinkWhichGoesToTheSameAddressOnlyOnce() {
        String adres = uitgenodigd(2084);
        String oud = fixture.code(adres);
        fixture.laatVerlopen(adres);

        assertThat(service.bekijk(oud).status()).isEqualTo(UitnodigingStatus.VERLOPEN);
        assertThatThrownBy(() -> service.accepteer(oud, WACHTWOORD, WACHTWOORD))
                .isInstanceOfSatisfying(UitnodigingOngeldig.class,
                        e -> assertThat(e.status()).isEqualTo(UitnodigingStatus.VERLOPEN));

        service.stuurNieuweLink(oud);
        service.stuurNieuweLink(oud);

        assertThat(fixture.mailsAan(adres)).hasSize(2);
        String nieuw = fixture.code(adres);
        assertThat(nieuw).isNotEqualTo(oud);
        assertThat(service.bekijk(oud).status()).isEqualTo(UitnodigingStatus.VERVANGEN);
        assertThat(service.accepteer(nieuw, WACHTWOORD, WACHTWOORD).gebruikersnaam()).isEqualTo(adres);
    }

    @Test
    void aForgedOrUnknownCodeShowsNothingAndOpensNothing() {
        String vervalst = PersoonlijkeLink.nieuw().code();

        for (String code : new String[] {vervalst, "abc", "", null, "' or 1=1 --"}) {
            assertThat(service.bekijk(code)).isEqualTo(UitnodigingWeergave.onbekend());
            assertThatThrownBy(() -> service.accepteer(code, WACHTWOORD, WACHTWOORD))
                    .isInstanceOfSatisfying(UitnodigingOngeldig.class,
                            e -> assertThat(e.status()).isEqualTo(UitnodigingStatus.ONBEKEND));
            service.stuurNieuweLink(code);
        }
    }

    @Test
    void anAddressThatHasAnAccountAlreadyIsAskedToLogInAndGetsNoSecondAccount() {
        String adres = uitgenodigd(2085);
        service.accepteer(fixture.code(adres), WACHTWOORD, WACHTWOORD);
        jdbc.update("update uitnodiging set geaccepteerd = null where email = ?", adres);
        String code = fixture.code(adres);

        assertThat(service.bekijk(code).bestaandAccount()).isTrue();
        assertThatThrownBy(() -> service.accepteer(code, WACHTWOORD, WACHTWOORD))
                .isInstanceOfSatisfying(OngeldigeInvoer.class, e -> assertThat(e.fouten()).containsKey("account"));
        assertThat(jdbc.queryForObject("select count(*) from gebruiker where lower(email) = ?", Integer.class, adres))
                .isOne();
    }

    @Test
    void twoSimultaneousAcceptancesOfOneLinkMakeOneAccount() throws Exception {
        String adres = uitgenodigd(2086);
        String code = fixture.code(adres);
        CountDownLatch start = new CountDownLatch(1);
        List<CompletableFuture<Object>> pogingen = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            pogingen.add(CompletableFuture.supplyAsync(() -> {
                try {
                    start.await();
                    return service.accepteer(code, WACHTWOORD, WACHTWOORD);
                } catch (RuntimeException | InterruptedException e) {
                    return e;
                }
            }));
        }
        start.countDown();
        List<Object> uitkomsten = new ArrayList<>();
        for (CompletableFuture<Object> poging : pogingen) {
            uitkomsten.add(poging.get());
        }

        assertThat(uitkomsten).filteredOn(UitnodigingService.Acceptatie.class::isInstance).hasSize(1);
        assertThat(uitkomsten).filteredOn(UitnodigingOngeldig.class::isInstance).hasSize(1);
        assertThat(jdbc.queryForObject("select count(*) from gebruiker where gebruikersnaam = ?", Integer.class, adres))
                .isOne();
        assertThat(jdbc.queryForMap("select geaccepteerd_door from uitnodiging where email = ?", adres))
                .isEqualTo(Map.of("geaccepteerd_door", adres));
    }
}
