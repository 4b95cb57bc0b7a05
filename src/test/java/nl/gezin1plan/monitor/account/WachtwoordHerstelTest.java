package nl.gezin1plan.monitor.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;

import java.util.List;
import java.util.Map;
import nl.gezin1plan.monitor.BeveiligdeMockMvc;
import nl.gezin1plan.monitor.PostgresTest;
import nl.gezin1plan.monitor.TestGegevens;
import nl.gezin1plan.monitor.audit.AuditRegel;
import nl.gezin1plan.monitor.audit.AuditSoort;
import nl.gezin1plan.monitor.base.OngeldigeInvoer;
import nl.gezin1plan.monitor.security.PersoonlijkeLink;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.context.WebApplicationContext;

@PostgresTest
class WachtwoordHerstelTest {

    private static final String NIEUW = "paarse olifant op de fiets";

    @Autowired
    WachtwoordHerstelService herstel;
    @Autowired
    HerstelVerwerking verwerking;
    @Autowired
    HerstelTestGegevens gegevens;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    WebApplicationContext context;

    MockMvc mvc;
    String naam;
    String adres;

    @BeforeEach
    void persoon() {
        mvc = BeveiligdeMockMvc.van(context);
        naam = gegevens.persoon();
        adres = TestGegevens.uniek("10.0.0");
    }

    @Test
    void anExistingAndAnUnknownAccountAreRecordedAlikeAndOnlyTheExistingOneGetsAMail() {
        String onbekend = TestGegevens.uniek("bestaat-niet");

        herstel.vraagAan(naam, adres);
        herstel.vraagAan(onbekend, adres);

        assertThat(jdbc.queryForList("select invoer from wachtwoord_herstel where adres = ? order by id", String.class,
                adres)).containsExactly(naam, onbekend);
        gegevens.verwerkAlles();
        assertThat(gegevens.links(naam)).hasSize(1);
        assertThat(jdbc.queryForObject("select count(*) from uitgaande_mail where ontvanger like ?", Long.class,
                onbekend + "%")).isZero();
        assertThat(gegevens.audit(naam)).singleElement().satisfies(r -> {
            assertThat(r.soort()).isEqualTo(AuditSoort.WACHTWOORD_HERSTEL);
            assertThat(r.omschrijving()).contains("herstellink verstuurd", adres);
        });
        assertThat(gegevens.audit(onbekend)).singleElement().satisfies(r ->
                assertThat(r.omschrijving()).contains("geen e-mail verstuurd", "geen account"));
    }

    @Test
    void theEmailAddressFindsTheAccountTooWhateverItsCase() {
        herstel.vraagAan(HerstelTestGegevens.email(naam).toUpperCase(), adres);
        gegevens.verwerkAlles();

        assertThat(gegevens.links(naam)).hasSize(1);
    }

    @Test
    void theLinkSetsANewPasswordOnceAfterWhichItNoLongerWorks() throws Exception {
        String code = vraagLinkAan();
        assertThat(herstel.isGeldig(code)).isTrue();

        herstel.herstel(code, NIEUW, NIEUW);

        mvc.perform(formLogin("/login").user(naam).password(NIEUW)).andExpect(authenticated().withUsername(naam));
        mvc.perform(formLogin("/login").user(naam).password("test")).andExpect(unauthenticated());
        assertThat(herstel.isGeldig(code)).isFalse();
        assertThatThrownBy(() -> herstel.herstel(code, "nog een ander lang wachtwoord", "nog een ander lang wachtwoord"))
                .isInstanceOfSatisfying(OngeldigeInvoer.class, f -> assertThat(f.fouten()).containsKey("code"));
        assertThat(gegevens.audit(naam)).extracting(AuditRegel::soort).contains(AuditSoort.WACHTWOORD_GEWIJZIGD);
    }

    @Test
    void anExpiredLinkNoLongerWorks() {
        String code = vraagLinkAan();
        jdbc.update("update wachtwoord_herstel set geldig_tot = now() - interval '1 second' where code_hash = ?",
                PersoonlijkeLink.hash(code));

        assertThat(herstel.isGeldig(code)).isFalse();
        assertThatThrownBy(() -> herstel.herstel(code, NIEUW, NIEUW)).isInstanceOf(OngeldigeInvoer.class);
    }

    @Test
    void theLinkWorksForAnHourByDefault() {
        String code = vraagLinkAan();

        assertThat(jdbc.queryForObject("select extract(epoch from geldig_tot - verwerkt) from wachtwoord_herstel "
                + "where code_hash = ?", Double.class, PersoonlijkeLink.hash(code))).isEqualTo(3600.0);
    }

    @Test
    void aNewerLinkMakesTheOlderOneVoid() {
        String oud = vraagLinkAan();
        String nieuw = vraagLinkAan();

        assertThat(herstel.isGeldig(oud)).isFalse();
        assertThat(herstel.isGeldig(nieuw)).isTrue();
        herstel.herstel(nieuw, NIEUW, NIEUW);
    }

    @Test
    void aLinkIsVoidOnceThePersonsSessionsWereEndedAfterItWasSent() {
        String code = vraagLinkAan();

        // As a password change on Mijn account or a deactivation does.
        jdbc.update("update gebruiker set sessies_geldig_vanaf = now() where gebruikersnaam = ?", naam);

        assertThat(herstel.isGeldig(code)).isFalse();
    }

    @Test
    void requestsOlderThanThirtyDaysAreForgotten() {
        jdbc.update("insert into wachtwoord_herstel (invoer, adres, aangevraagd, verwerkt) "
                + "values ('oud', ?, now() - interval '31 days', now() - interval '31 days')", adres);

        vraagLinkAan();

        assertThat(jdbc.queryForObject("select count(*) from wachtwoord_herstel where adres = ?", Long.class, adres))
                .isZero();
    }

    @Test
    void aForgedOrMangledCodeIsNoLink() {
        assertThat(herstel.isGeldig(PersoonlijkeLink.nieuw().code())).isFalse();
        assertThat(herstel.isGeldig("../../etc/passwd")).isFalse();
        assertThat(herstel.isGeldig(null)).isFalse();
    }

    @Test
    void anAccountGetsAtMostThreeLinksAnHourAndTheFourthRequestIsAnsweredAlikeWithoutMail() {
        for (int i = 0; i < 4; i++) {
            herstel.vraagAan(naam, TestGegevens.uniek("10.0.1"));
        }
        gegevens.verwerkAlles();

        assertThat(gegevens.links(naam)).hasSize(3);
        assertThat(gegevens.audit(naam)).filteredOn(r -> r.omschrijving().contains("al 3 herstellinks")).hasSize(1);
    }

    @Test
    void oneAddressMakesAtMostTenRequestsAnHourThatLeadToMail() {
        List<String> namen = new java.util.ArrayList<>();
        for (int i = 0; i < 11; i++) {
            namen.add(gegevens.persoon());
            herstel.vraagAan(namen.getLast(), adres);
        }
        gegevens.verwerkAlles();

        assertThat(namen.subList(0, 10)).allSatisfy(n -> assertThat(gegevens.links(n)).hasSize(1));
        assertThat(gegevens.links(namen.getLast())).isEmpty();
        assertThat(gegevens.audit(namen.getLast())).singleElement().satisfies(r ->
                assertThat(r.omschrijving()).contains("meer dan 10 verzoeken van dit adres"));
        herstel.vraagAan(namen.getLast(), TestGegevens.uniek("10.0.2"));
        gegevens.verwerkAlles();
        assertThat(gegevens.links(namen.getLast())).hasSize(1);
    }

    @Test
    void theLimitsHoldWhenTwoInstancesHandleTheRequestsAtOnce() throws Exception {
        for (int i = 0; i < 8; i++) {
            herstel.vraagAan(naam, TestGegevens.uniek("10.0.3"));
        }
        var twee = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            var a = twee.submit(verwerking::verwerkWachtende);
            var b = twee.submit(verwerking::verwerkWachtende);
            a.get();
            b.get();
        } finally {
            twee.shutdownNow();
        }
        gegevens.verwerkAlles();

        assertThat(gegevens.links(naam)).hasSize(3);
        assertThat(gegevens.audit(naam)).hasSize(8);
    }

    @Test
    void anAddressFarOverItsLimitIsNotEvenRecorded() {
        for (int i = 0; i < 101; i++) {
            herstel.vraagAan(TestGegevens.uniek("bestaat-niet"), adres);
        }

        assertThat(jdbc.queryForObject("select count(*) from wachtwoord_herstel where adres = ?", Long.class, adres))
                .isEqualTo(100);
    }

    @Test
    void anAddressTheMailCannotGoToIsHandledAndDoesNotHoldUpTheRequestsBehindIt() {
        String ongeldig = gegevens.persoon();
        jdbc.update("update gebruiker set email = 'geen adres' where gebruikersnaam = ?", ongeldig);

        herstel.vraagAan(ongeldig, adres);
        herstel.vraagAan(naam, adres);
        gegevens.verwerkAlles();

        assertThat(gegevens.audit(ongeldig)).singleElement().satisfies(r ->
                assertThat(r.omschrijving()).contains("e-mailadres ongeldig"));
        assertThat(gegevens.links(naam)).hasSize(1);
    }

    @Test
    void aDeactivatedAccountOrOneWithoutEmailGetsNoLink() {
        String zonderEmail = gegevens.persoon();
        jdbc.update("update gebruiker set email = null where gebruikersnaam = ?", zonderEmail);
        jdbc.update("update gebruiker set actief = false where gebruikersnaam = ?", naam);

        herstel.vraagAan(naam, adres);
        herstel.vraagAan(zonderEmail, adres);
        gegevens.verwerkAlles();

        assertThat(gegevens.links(naam)).isEmpty();
        assertThat(gegevens.audit(naam)).singleElement().satisfies(r ->
                assertThat(r.omschrijving()).contains("gedeactiveerd"));
        assertThat(gegevens.audit(zonderEmail)).singleElement().satisfies(r ->
                assertThat(r.omschrijving()).contains("geen e-mailadres"));
    }

    @Test
    void aNewPasswordMustBeLongUncommonNotTheUserNameAndTypedTwiceAlikeAndNothingChangesOtherwise() throws Exception {
        String code = vraagLinkAan();

        assertThat(fouten(code, "kort", "kort")).containsOnlyKeys("wachtwoord")
                .extractingByKey("wachtwoord").asString().contains("minstens 12 tekens");
        assertThat(fouten(code, "Wachtwoord1234", "Wachtwoord1234")).extractingByKey("wachtwoord").asString()
                .contains("veel gebruikt");
        assertThat(fouten(code, "QWERTYUIOPASDFGHJKL", "QWERTYUIOPASDFGHJKL")).containsKey("wachtwoord");
        String lang = naam.toUpperCase();
        assertThat(fouten(code, lang, lang)).extractingByKey("wachtwoord").asString().contains("gebruikersnaam");
        assertThat(fouten(code, NIEUW, NIEUW + "!")).containsOnlyKeys("herhaling");

        assertThat(herstel.isGeldig(code)).isTrue();
        mvc.perform(formLogin("/login").user(naam).password("test")).andExpect(authenticated());
    }

    @Test
    void aResetLiftsTheLockFromFailedLogins() throws Exception {
        for (int i = 0; i < 5; i++) {
            mvc.perform(formLogin("/login").user(naam).password("fout")).andExpect(unauthenticated());
        }
        String code = vraagLinkAan();

        herstel.herstel(code, NIEUW, NIEUW);

        mvc.perform(formLogin("/login").user(naam).password(NIEUW)).andExpect(authenticated().withUsername(naam));
    }

    private String vraagLinkAan() {
        herstel.vraagAan(naam, TestGegevens.uniek("10.0.4"));
        gegevens.verwerkAlles();
        return gegevens.nieuwsteLink(naam).orElseThrow();
    }

    private Map<String, String> fouten(String code, String wachtwoord, String herhaling) {
        try {
            herstel.herstel(code, wachtwoord, herhaling);
        } catch (OngeldigeInvoer fout) {
            return fout.fouten();
        }
        throw new AssertionError("Wachtwoord '" + wachtwoord + "' werd aanvaard");
    }
}
