package nl.gezin1plan.monitor.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Map;
import nl.gezin1plan.monitor.keurmerk.KeurmerkService;
import nl.gezin1plan.monitor.keurmerk.Uitkomst;
import nl.gezin1plan.monitor.organisatie.Rol;
import nl.gezin1plan.monitor.uitvraag.UitvraagFixture;
import nl.gezin1plan.monitor.uitvraag.UitvraagRondeService;
import nl.gezin1plan.monitor.uitvraag.UitvraagService;
import nl.gezin1plan.monitor.uitvraag.UitvraagWeergave;
import nl.gezin1plan.monitor.uitvraag.Vraag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;

/**
 * One organisation's report as a tagged PDF: its answers, keurmerk, the gemeente's judgements and its history; who
 * may have it, and that it is in the audit log.
 */
class OrganisatierapportTest extends ExportTestBasis {

    @Autowired
    UitvraagFixture fixture;
    @Autowired
    UitvraagRondeService rondes;
    @Autowired
    UitvraagService uitvragen;
    @Autowired
    KeurmerkService keurmerk;

    @Test
    void theAgendahouderGetsATaggedDutchPdfWithAnswersKeurmerkJudgementsAndHistory() throws Exception {
        UitvraagFixture.Opzet opzet = organisatieMetTweeJaren();
        String naam = opzet.organisatie().getNaam();

        MockHttpServletResponse antwoord = pdf(opzet.agendahouder(),
                "/export/organisatierapport.pdf?jaar=2068&organisatie=" + opzet.organisatie().getId());

        assertThat(antwoord.getHeader("Content-Disposition")).isEqualTo("attachment; filename=\"organisatierapport-"
                + PdfAntwoord.bestandsdeel(naam) + "-2068.pdf\"");
        String tekst = toegankelijkeTekst(antwoord.getContentAsByteArray(), "Rapport 1Gezin1Plan " + naam + " 2068");
        // Long texts wrap inside their cells, a long word even without a hyphen: compare them without white space.
        String zonderWit = zonderWit(tekst);
        UitvraagWeergave uitvraag = uitvraag(opzet, 2068);
        assertThat(tekst).contains(naam, "Status van de uitvraag Heropend", "Verplichte vragen beantwoord "
                + uitvraag.teBeantwoorden() + " van " + uitvraag.teBeantwoorden());
        for (Vraag vraag : uitvraag.inhoud().vragen()) {
            if (uitvraag.isVanToepassing(vraag)) {
                assertThat(zonderWit).as(vraag.sleutel()).contains(zonderWit(vraag.tekst()));
            } else {
                assertThat(zonderWit).as(vraag.sleutel()).doesNotContain(zonderWit(vraag.tekst()));
            }
        }
        assertThat(tekst).contains("62,5", "15-03-2026", "Te weinig tijd voor de training & <overleg>");
        assertThat(tekst).contains("Basiseisen keurmerk: Niet voldaan.");
        assertThat(zonderWit).contains(zonderWit("V4 Werft, selecteert en beoordeelt regisseurs met het "
                + "competentieprofiel Basiseis Niet voldaan Gebruikt uw organisatie het competentieprofiel"),
                zonderWit("Antwoord: nee."));
        assertThat(zonderWit).contains(zonderWit("Niet voldaan Scholingsplan niet gezien bij het accountgesprek."),
                opzet.agendahouder());
        assertThat(zonderWit).contains(zonderWit("Heropend"), zonderWit("Graag het scholingsplan toevoegen."));
        assertThat(tekst).contains("2067 Ingediend 100% Voldaan", "2068 Heropend 100% Niet voldaan");

        assertThat(exportsVan(opzet.agendahouder())).singleElement().satisfies(r -> {
            assertThat(r.bestand()).isEqualTo("organisatierapport-" + PdfAntwoord.bestandsdeel(naam) + "-2068.pdf");
            assertThat(r.omschrijving()).isEqualTo("jaar 2068, organisatie " + naam);
            assertThat(r.bereik()).isEqualTo("gemeente " + opzet.gemeente().getNaam());
            assertThat(r.regels()).isEqualTo(1);
        });
    }

    @Test
    void theRespondentDownloadsTheirOwnWithoutNamingItAndIsRefusedAnother() throws Exception {
        UitvraagFixture.Opzet opzet = organisatieMetTweeJaren();
        UitvraagFixture.Opzet ander = fixture.nieuw(2068, false);
        gegevens.logUit();

        String tekst = toegankelijkeTekst(pdf(opzet.respondent(), "/export/organisatierapport.pdf?jaar=2067")
                .getContentAsByteArray(), "Rapport 1Gezin1Plan " + opzet.organisatie().getNaam() + " 2067");
        pdf(opzet.respondent(), "/export/organisatierapport.pdf?jaar=2068&organisatie=" + opzet.organisatie().getId());
        mvc.perform(get("/export/organisatierapport.pdf?jaar=2068&organisatie=" + ander.organisatie().getId())
                        .with(user(gebruikers.loadUserByUsername(opzet.respondent()))))
                .andExpect(status().isForbidden());

        assertThat(tekst).contains(opzet.organisatie().getNaam(), "Status van de uitvraag Ingediend",
                "2067 Ingediend 100% Voldaan");
        assertThat(exportsVan(opzet.respondent())).hasSize(2).allSatisfy(r -> {
            assertThat(r.bereik()).isEqualTo("eigen organisatie");
            assertThat(r.omschrijving()).endsWith("organisatie " + opzet.organisatie().getNaam());
        });
    }

    @Test
    void anotherGemeentesAgendahouderAndAnAandachtsfunctionarisAreRefusedAndNothingIsLogged() throws Exception {
        UitvraagFixture.Opzet opzet = organisatieMetTweeJaren();
        UitvraagFixture.Opzet ander = fixture.nieuw(2068, false);
        String aandachtsfunctionaris = gegevens.aandachtsfunctionaris(gegevens.afdeling(opzet.gemeente()));
        gegevens.logUit();
        String url = "/export/organisatierapport.pdf?jaar=2068&organisatie=" + opzet.organisatie().getId();

        for (String gebruiker : new String[] {ander.agendahouder(), aandachtsfunctionaris}) {
            mvc.perform(get(url).with(user(gebruikers.loadUserByUsername(gebruiker)))).andExpect(status().isForbidden());
            mvc.perform(get("/export/organisatierapport.pdf?jaar=2068")
                    .with(user(gebruikers.loadUserByUsername(gebruiker))))
                    .andExpect(status().is(gebruiker.equals(aandachtsfunctionaris) ? 403 : 400));
            assertThat(exportsVan(gebruiker)).isEmpty();
        }
    }

    @Test
    void aBadYearAYearWithoutUitvraagAndNoOrganisationAreAnsweredInDutch() throws Exception {
        UitvraagFixture.Opzet opzet = organisatieMetTweeJaren();
        String beheerder = gegevens.regionaal(Rol.BEHEERDER);
        String van = "&organisatie=" + opzet.organisatie().getId();

        assertThat(fout(opzet.agendahouder(), "/export/organisatierapport.pdf?jaar=1999" + van, 400))
                .isEqualTo("Kies een jaar tussen 2000 en 2100.");
        assertThat(fout(opzet.agendahouder(), "/export/organisatierapport.pdf?jaar=2069" + van, 404))
                .isEqualTo("Deze organisatie heeft geen uitvraag voor 2069, dus er is geen rapport over dat jaar.");
        assertThat(fout(beheerder, "/export/organisatierapport.pdf?jaar=2068", 400)).isEqualTo("Kies een organisatie.");
        assertThat(exportsVan(opzet.agendahouder())).isEmpty();
        assertThat(exportsVan(beheerder)).isEmpty();
    }

    /**
     * An organisation of a new gemeente that submitted everything in 2067; in 2068 it started from those answers,
     * answered some differently (no competentieprofiel), submitted, had criterion V5 judged not met and was reopened.
     */
    private UitvraagFixture.Opzet organisatieMetTweeJaren() {
        UitvraagFixture.Opzet opzet = fixture.ingediend(2067, true, Map.of());
        gegevens.logIn(opzet.agendahouder());
        rondes.openRonde(2068, LocalDate.of(2068, 9, 1), LocalDate.of(2068, 10, 31));
        gegevens.logIn(opzet.respondent());
        long id = uitvragen.mijnUitvraag(2068).orElseThrow().id();
        uitvragen.beantwoord(id, "percentage_geschoold", "62,5");
        uitvragen.beantwoord(id, "competentieprofiel_regisseur", Vraag.NEE);
        uitvragen.beantwoord(id, "belemmeringen_werken", "Te weinig tijd voor de training & <overleg>");
        uitvragen.dienIn(id);
        gegevens.logIn(opzet.agendahouder());
        keurmerk.beoordeel(id, "V5", Uitkomst.NIET_VOLDAAN, "Scholingsplan niet gezien bij het accountgesprek.");
        uitvragen.heropen(id, "Graag het scholingsplan toevoegen.");
        gegevens.logUit();
        return opzet;
    }

    private UitvraagWeergave uitvraag(UitvraagFixture.Opzet opzet, int jaar) {
        gegevens.logIn(opzet.respondent());
        try {
            return uitvragen.mijnUitvraag(jaar).orElseThrow();
        } finally {
            gegevens.logUit();
        }
    }

    /** The Dutch words of a refused download, which must have this status. */
    private String fout(String gebruikersnaam, String url, int status) throws Exception {
        return mvc.perform(get(url).with(user(gebruikers.loadUserByUsername(gebruikersnaam))))
                .andExpect(status().is(status)).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    private static String zonderWit(String tekst) {
        return tekst.replaceAll("\\s+", "");
    }
}
