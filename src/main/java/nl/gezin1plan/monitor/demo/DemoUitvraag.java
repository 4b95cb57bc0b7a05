package nl.gezin1plan.monitor.demo;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.gezin1plan.monitor.keurmerk.KeurmerkService;
import nl.gezin1plan.monitor.rapportage.AccountgesprekGegevens;
import nl.gezin1plan.monitor.rapportage.AccountgesprekService;
import nl.gezin1plan.monitor.keurmerk.Uitkomst;
import nl.gezin1plan.monitor.organisatie.Organisatie;
import nl.gezin1plan.monitor.organisatie.OrganisatieRepository;
import nl.gezin1plan.monitor.uitvraag.UitvraagRondeService;
import nl.gezin1plan.monitor.uitvraag.UitvraagStandService;
import nl.gezin1plan.monitor.uitvraag.UitvraagService;
import nl.gezin1plan.monitor.uitvraag.UitvraagWeergave;
import nl.gezin1plan.monitor.uitvraag.Vraag;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;

/**
 * Demo uitvraag rounds for 2025 and 2026, answered through the services as respondents would, so that 2026 has
 * organisations in every state (niet gestart, concept, ingediend, heropend) and keurmerk results of every kind.
 */
@Component
class DemoUitvraag {

    private final UserDetailsService userDetails;
    private final OrganisatieRepository organisaties;
    private final UitvraagRondeService rondes;
    private final UitvraagStandService uitvraagStanden;
    private final UitvraagService uitvragen;
    private final KeurmerkService keurmerk;
    private final AccountgesprekService gesprekken;

    DemoUitvraag(UserDetailsService userDetails, OrganisatieRepository organisaties, UitvraagRondeService rondes, UitvraagStandService uitvraagStanden,
                 UitvraagService uitvragen, KeurmerkService keurmerk, AccountgesprekService gesprekken) {
        this.userDetails = userDetails;
        this.organisaties = organisaties;
        this.rondes = rondes;
        this.uitvraagStanden = uitvraagStanden;
        this.uitvragen = uitvragen;
        this.keurmerk = keurmerk;
        this.gesprekken = gesprekken;
    }

    static String respondent(String organisatie) {
        return "org-" + organisatie.toLowerCase(Locale.ROOT).replace(" (demo)", "").replaceAll("[^a-z0-9]+", "-");
    }

    static void alsGebruiker(UserDetailsService userDetails, String gebruikersnaam) {
        UserDetails gebruiker = userDetails.loadUserByUsername(gebruikersnaam);
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(gebruiker, null, gebruiker.getAuthorities()));
    }

    void vul() {
        alsGebruiker(userDetails, "beheerder");
        rondes.openRonde(2025, LocalDate.of(2025, 9, 1), LocalDate.of(2025, 10, 31));
        alsRespondent("Thuiszorg De Horst (demo)", 2025, Map.of(), true);
        alsRespondent("GGZ Oude Rijn (demo)", 2025, Map.of("regisseurs_module_1_en_2", "nee"), true);

        alsGebruiker(userDetails, "beheerder");
        rondes.openRonde(2026, LocalDate.of(2026, 9, 1), LocalDate.of(2026, 10, 31));
        // Thuiszorg De Horst: a concept holding last year's answers, ready to confirm and submit.
        // Jeugdbescherming West: niet gestart, without any answer.
        alsRespondent("GGZ Oude Rijn (demo)", 2026, Map.of("regisseurs_module_1_en_2", "ja"), true);
        alsRespondent("Kindcentrum Het Zonnetje (demo)", 2026, Map.of("competentieprofiel_regisseur", "nee",
                "aangesloten_vir", "nee", "percentage_geschoold", "35"), true);
        alsRespondent("Wijkkracht Alphen (demo)", 2026, Map.of("implementatiebijeenkomsten", "nee"), true);
        alsRespondent("Huisartsen Rijnstreek (demo)", 2026, Map.of("werkt_volgens_richtlijn", "ja",
                "implementatieplan", "ja", "aandachtsfunctionaris_benoemd", "ja"), false);
        alsRespondent("Jeugdhulp Rijnland (demo)", 2026, Map.of("werkt_volgens_richtlijn", "ja"), false);

        alsGebruiker(userDetails, "agendahouder-alphen");
        long wijkkracht = uitvraagVan("Wijkkracht Alphen (demo)", 2026);
        uitvragen.heropen(wijkkracht, "De implementatiebijeenkomst van oktober is wel bijgewoond; graag aanpassen.");
        alsGebruiker(userDetails, "accountmanager");
        gesprekken.leg(organisatieId("Thuiszorg De Horst (demo)"), new AccountgesprekGegevens(LocalDate.of(2026, 6, 12),
                "Anouk Accountmanager, directeur en aandachtsfunctionaris De Horst",
                "Implementatieplan loopt; 60% van de wijkverpleegkundigen geschoold.",
                "Samen met GGZ Oude Rijn een verdiepingsbijeenkomst organiseren.",
                "Hoog verloop maakt scholing lastig.", "Scholingsplan 2027 aanleveren", "Directeur De Horst",
                LocalDate.of(2026, 9, 30)));
        gesprekken.leg(organisatieId("GGZ Oude Rijn (demo)"), new AccountgesprekGegevens(LocalDate.of(2026, 10, 2),
                "Anouk Accountmanager, manager zorg GGZ Oude Rijn", "Alle basiseisen op orde.",
                "Regisseurs inzetten als coach voor andere aanbieders.", "Monitoring van de borging nog niet ingericht.",
                "Voorstel monitoring borging", "Manager zorg", LocalDate.of(2027, 1, 15)));
        alsGebruiker(userDetails, "agendahouder");
        keurmerk.beoordeel(uitvraagVan("GGZ Oude Rijn (demo)", 2026), "F1", Uitkomst.NIET_VOLDAAN,
                "Bij het accountgesprek bleek de monitoring van de borging nog niet ingericht.");
    }

    /** Answers as the organisation's respondent: everything yes unless said otherwise, or only what is given. */
    private void alsRespondent(String organisatie, int jaar, Map<String, String> antwoorden, boolean volledig) {
        alsGebruiker(userDetails, organisatie.equals("Jeugdhulp Rijnland (demo)") ? "organisatie" : respondent(organisatie));
        UitvraagWeergave uitvraag = uitvragen.mijnUitvraag(jaar).orElseThrow();
        for (var antwoord : antwoorden.entrySet()) {
            uitvraag = uitvragen.beantwoord(uitvraag.id(), antwoord.getKey(), antwoord.getValue());
        }
        if (!volledig) {
            return;
        }
        boolean verder = true;
        while (verder) {
            verder = false;
            for (Vraag vraag : uitvraag.inhoud().vanToepassing(uitvraag.antwoorden(), uitvraag.werktMetJeugd())) {
                if (!uitvraag.antwoorden().containsKey(vraag.sleutel())) {
                    uitvraag = uitvragen.beantwoord(uitvraag.id(), vraag.sleutel(), standaard(vraag));
                    verder = true;
                    break;
                }
            }
        }
        uitvragen.dienIn(uitvraag.id());
    }

    private static String standaard(Vraag vraag) {
        return switch (vraag.type()) {
            case JA_NEE -> Vraag.JA;
            case KEUZE -> vraag.keuzes().getFirst();
            case PERCENTAGE -> "80";
            case GETAL -> "12";
            case DATUM -> "2026-03-15";
            case TEKST -> "Geen bijzonderheden.";
        };
    }

    private long uitvraagVan(String organisatie, int jaar) {
        long id = organisatieId(organisatie);
        return uitvraagStanden.standen(jaar).stream().filter(s -> s.organisatieId() == id).findFirst().orElseThrow().uitvraagId();
    }

    private long organisatieId(String organisatie) {
        return organisaties.findAllByOrderByNaam().stream().filter(o -> o.getNaam().equals(organisatie))
                .map(Organisatie::getId).findFirst().orElseThrow();
    }

}
