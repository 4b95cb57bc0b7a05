package nl.gezin1plan.monitor.herinnering;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import nl.gezin1plan.monitor.PostgresTest;
import nl.gezin1plan.monitor.TestGegevens;
import nl.gezin1plan.monitor.base.ui.Formaat;
import nl.gezin1plan.monitor.checklist.ChecklistEigenaar;
import nl.gezin1plan.monitor.checklist.ChecklistService;
import nl.gezin1plan.monitor.checklist.ItemStatus;
import nl.gezin1plan.monitor.checklist.ItemWijziging;
import nl.gezin1plan.monitor.organisatie.Afdeling;
import nl.gezin1plan.monitor.organisatie.Gebruiker;
import nl.gezin1plan.monitor.organisatie.GebruikerRepository;
import nl.gezin1plan.monitor.organisatie.Gemeente;
import nl.gezin1plan.monitor.organisatie.Organisatie;
import nl.gezin1plan.monitor.organisatie.Rol;
import nl.gezin1plan.monitor.rapportage.AccountgesprekGegevens;
import nl.gezin1plan.monitor.rapportage.AccountgesprekService;
import nl.gezin1plan.monitor.uitvraag.UitvraagRondeService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The weekly digest against PostgreSQL, sent as the scheduler would at chosen moments (Monday 07:00 is the default). */
@PostgresTest
class WeekoverzichtVerzenderTest {

    static final int JAAR = 2079;
    static final ZoneId NL = ZoneId.of("Europe/Amsterdam");
    static final LocalDate MAANDAG = LocalDate.of(JAAR, 6, 1).with(TemporalAdjusters.nextOrSame(DayOfWeek.MONDAY));

    @Autowired
    WeekoverzichtVerzender verzender;
    @Autowired
    TestGegevens gegevens;
    @Autowired
    GebruikerRepository gebruikers;
    @Autowired
    ChecklistService checklists;
    @Autowired
    UitvraagRondeService rondes;
    @Autowired
    AccountgesprekService gesprekken;
    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void logUit() {
        gegevens.logUit();
    }

    private String metAdres(String gebruikersnaam, boolean weekoverzicht) {
        Gebruiker gebruiker = gebruikers.findByGebruikersnaam(gebruikersnaam).orElseThrow();
        String email = HerinneringOpzet.adres();
        gebruiker.setEmail(email);
        gebruiker.setWeekoverzicht(weekoverzicht);
        gebruikers.save(gebruiker);
        return email;
    }

    private void plan(ChecklistEigenaar eigenaar, int index, String actie, LocalDate planning, ItemStatus status) {
        var item = checklists.open(eigenaar, JAAR).orElseThrow().items().get(index);
        checklists.wijzig(item.id(), item.version(), new ItemWijziging(actie, null, planning, status, null, null));
    }

    private List<String> onderwerpenAan(String email) {
        return jdbc.queryForList("select onderwerp from uitgaande_mail where ontvanger = ? order by id", String.class,
                email);
    }

    private String tekstAan(String email) {
        return jdbc.queryForObject("select tekst from uitgaande_mail where ontvanger = ? order by id desc limit 1",
                String.class, email);
    }

    private int verstuur(LocalDate dag, int uur) {
        return verzender.verstuur(dag.atTime(uur, 0).atZone(NL));
    }

    @Test
    void eachPersonGetsTheirOverdueActionsOnceAWeekAndNothingWhenNothingIsOverdueOrTheySwitchedItOff() throws Exception {
        Gemeente gemeente = gegevens.gemeente();
        String agendahouder = gegevens.agendahouder(gemeente);
        String ahAdres = metAdres(agendahouder, true);
        Afdeling afdeling = gegevens.afdeling(gemeente);
        String af = gegevens.aandachtsfunctionaris(afdeling);
        String afAdres = metAdres(af, false);
        Gemeente rustig = gegevens.gemeente();
        String rustigeAgendahouder = gegevens.agendahouder(rustig);
        String rustigAdres = metAdres(rustigeAgendahouder, true);

        gegevens.logIn(agendahouder);
        rondes.openRonde(JAAR, LocalDate.of(JAAR, 1, 1), LocalDate.of(JAAR, 3, 1));
        ChecklistEigenaar eigen = ChecklistEigenaar.gemeente(gemeente.getId());
        checklists.start(eigen, JAAR);
        plan(eigen, 0, "Plan van aanpak opstellen", MAANDAG.minusDays(30), ItemStatus.IN_UITVOERING);
        plan(eigen, 1, "Al gedaan", MAANDAG.minusDays(30), ItemStatus.GEREED);
        plan(eigen, 2, "Komt nog", MAANDAG.plusDays(30), ItemStatus.NIET_GESTART);
        gegevens.logIn(af);
        ChecklistEigenaar vanAfdeling = ChecklistEigenaar.afdeling(afdeling.getId());
        checklists.start(vanAfdeling, JAAR);
        plan(vanAfdeling, 0, "Scholing regelen", MAANDAG.minusDays(30), ItemStatus.NIET_GESTART);
        gegevens.logIn(rustigeAgendahouder);
        checklists.start(ChecklistEigenaar.gemeente(rustig.getId()), JAAR);

        assertThat(verstuur(MAANDAG, 6)).as("before Monday 07:00 it is still last week").isPositive();
        assertThat(onderwerpenAan(ahAdres)).hasSize(1);
        verstuur(MAANDAG, 8);
        verstuur(MAANDAG.plusDays(3), 12);
        verstuur(MAANDAG.plusDays(7), 6);

        assertThat(onderwerpenAan(ahAdres)).containsExactly("Weekoverzicht: verlopen acties (1)",
                "Weekoverzicht: verlopen acties (1)");
        assertThat(tekstAan(ahAdres)).contains("Beste Test Agendahouder", "Uw checklist:\n- ",
                " Plan van aanpak opstellen (gepland " + Formaat.datum(MAANDAG.minusDays(30)) + ")",
                "Vervolgacties van accountgesprekken:\nGeen.").doesNotContain("Al gedaan", "Komt nog");
        assertThat(onderwerpenAan(afAdres)).isEmpty();
        assertThat(onderwerpenAan(rustigAdres)).isEmpty();
        assertThat(jdbc.queryForObject("""
                select count(*) from weekoverzicht_verstuurd w join gebruiker g on g.id = w.gebruiker_id
                where g.gebruikersnaam = ?""", Integer.class, rustigeAgendahouder)).isEqualTo(2);

        var hier = CompletableFuture.supplyAsync(() -> verstuur(MAANDAG.plusDays(7), 7));
        var daar = CompletableFuture.supplyAsync(() -> verstuur(MAANDAG.plusDays(7), 7));
        hier.get();
        daar.get();
        assertThat(onderwerpenAan(ahAdres)).as("two runs at once send the new week's digest once").hasSize(3);
    }

    @Test
    void theOwnerOfAnOverdueFollowUpGetsItAndWithoutAKnownOwnerWhoeverRecordedTheConversation() {
        Gemeente gemeente = gegevens.gemeente();
        Organisatie organisatie = gegevens.organisatie(false, gemeente);
        String accountmanager = gegevens.regionaal(Rol.ACCOUNTMANAGER);
        String amAdres = metAdres(accountmanager, true);
        String eigenaar = gegevens.regionaal(Rol.ACCOUNTMANAGER);
        String eigenaarAdres = metAdres(eigenaar, true);
        gegevens.logIn(accountmanager);
        gesprekken.leg(organisatie.getId(), new AccountgesprekGegevens(MAANDAG.minusDays(60), "Directie", null, null,
                null, "Scholingsplan opvragen", eigenaar.toUpperCase(), MAANDAG.minusDays(10)));
        gesprekken.leg(organisatie.getId(), new AccountgesprekGegevens(MAANDAG.minusDays(60), "Directie", null, null,
                null, "Cijfers nabellen", "Iemand van buiten", MAANDAG.minusDays(5)));
        gesprekken.leg(organisatie.getId(), new AccountgesprekGegevens(MAANDAG.minusDays(60), "Directie", null, null,
                null, "Nog niet aan de beurt", eigenaar, MAANDAG.plusDays(30)));

        verstuur(MAANDAG.plusDays(7), 9);

        assertThat(tekstAan(eigenaarAdres)).contains("- " + organisatie.getNaam() + ": Scholingsplan opvragen (gepland ")
                .doesNotContain("Cijfers nabellen");
        assertThat(tekstAan(amAdres)).contains("Cijfers nabellen").doesNotContain("Scholingsplan opvragen");
        assertThat(onderwerpenAan(eigenaarAdres)).containsExactly("Weekoverzicht: verlopen acties (1)");
    }
}
