package nl.gezin1plan.monitor.demo;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import nl.gezin1plan.monitor.checklist.ChecklistEigenaar;
import nl.gezin1plan.monitor.checklist.ChecklistService;
import nl.gezin1plan.monitor.checklist.ItemRegel;
import nl.gezin1plan.monitor.checklist.ItemStatus;
import nl.gezin1plan.monitor.checklist.ItemWijziging;
import nl.gezin1plan.monitor.organisatie.Afdeling;
import nl.gezin1plan.monitor.organisatie.AfdelingRepository;
import nl.gezin1plan.monitor.organisatie.Gebruiker;
import nl.gezin1plan.monitor.organisatie.GebruikerRepository;
import nl.gezin1plan.monitor.organisatie.Gemeente;
import nl.gezin1plan.monitor.organisatie.GemeenteRepository;
import nl.gezin1plan.monitor.organisatie.Organisatie;
import nl.gezin1plan.monitor.organisatie.OrganisatieRepository;
import nl.gezin1plan.monitor.organisatie.OrganisatieType;
import nl.gezin1plan.monitor.organisatie.Regio;
import nl.gezin1plan.monitor.organisatie.RegioRepository;
import nl.gezin1plan.monitor.organisatie.Rol;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Demo data for the embedded default database: region Hollands Midden with a few gemeenten, afdelingen,
 * organisations, one account per role (password {@code demo}) and checklists partly filled in for 2025 and
 * 2026. Checklists are filled through the services, as their owners would. Never active in the postgres profile.
 */
@Component
@Order(10)
@ConditionalOnProperty(name = "monitor.demo-gegevens", havingValue = "true")
class DemoGegevens implements ApplicationRunner {

    private static final Logger LOG = LoggerFactory.getLogger(DemoGegevens.class);
    static final String WACHTWOORD = "demo";
    private static final List<String> DEMO_GEBRUIKERS = List.of("beheerder", "accountmanager", "agendahouder",
            "agendahouder-alphen", "agendahouder-gouda", "aandachtsfunctionaris", "aandachtsfunctionaris-jgt",
            "aandachtsfunctionaris-alphen", "organisatie");

    private final RegioRepository regios;
    private final GemeenteRepository gemeenten;
    private final AfdelingRepository afdelingen;
    private final OrganisatieRepository organisaties;
    private final GebruikerRepository gebruikers;
    private final PasswordEncoder encoder;
    private final UserDetailsService userDetails;
    private final ChecklistService checklists;
    private final DemoUitvraag uitvraag;
    private final TransactionTemplate transacties;

    DemoGegevens(RegioRepository regios, GemeenteRepository gemeenten, AfdelingRepository afdelingen,
                 OrganisatieRepository organisaties, GebruikerRepository gebruikers, PasswordEncoder encoder,
                 UserDetailsService userDetails, ChecklistService checklists, DemoUitvraag uitvraag,
                 TransactionTemplate transacties) {
        this.transacties = transacties;
        this.regios = regios;
        this.gemeenten = gemeenten;
        this.afdelingen = afdelingen;
        this.organisaties = organisaties;
        this.gebruikers = gebruikers;
        this.encoder = encoder;
        this.userDetails = userDetails;
        this.checklists = checklists;
        this.uitvraag = uitvraag;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (gebruikers.findByGebruikersnaam("beheerder").isPresent()) {
            geefEmailAdressen(DEMO_GEBRUIKERS);
            return;
        }
        String hash = encoder.encode(WACHTWOORD);
        Regio regio = regios.save(new Regio("Hollands Midden"));
        Gemeente leiden = gemeenten.save(new Gemeente(regio, "Leiden"));
        Gemeente alphen = gemeenten.save(new Gemeente(regio, "Alphen aan den Rijn"));
        Gemeente gouda = gemeenten.save(new Gemeente(regio, "Gouda"));
        Gemeente katwijk = gemeenten.save(new Gemeente(regio, "Katwijk"));
        Afdeling leidenNoord = afdelingen.save(new Afdeling(leiden, "Sociaal wijkteam Leiden-Noord"));
        Afdeling leidenJgt = afdelingen.save(new Afdeling(leiden, "Jeugd- en gezinsteam Leiden"));
        Afdeling alphenTeam = afdelingen.save(new Afdeling(alphen, "Sociaal team Alphen"));
        afdelingen.save(new Afdeling(gouda, "Sociaal team Gouda"));
        afdelingen.save(new Afdeling(katwijk, "Centrum voor Jeugd en Gezin Katwijk"));
        Organisatie jeugdhulp = organisaties.save(new Organisatie("Jeugdhulp Rijnland (demo)", "12345678",
                OrganisatieType.JEUGDHULP, true, Set.of(leiden, alphen)));
        List<Organisatie> anderen = organisaties.saveAll(List.of(
                new Organisatie("Thuiszorg De Horst (demo)", "23456789", OrganisatieType.WMO_AANBIEDER, false,
                        Set.of(leiden, alphen)),
                new Organisatie("GGZ Oude Rijn (demo)", "34567890", OrganisatieType.GGZ, false, Set.of(leiden)),
                new Organisatie("Kindcentrum Het Zonnetje (demo)", "45678901", OrganisatieType.ONDERWIJS, true,
                        Set.of(gouda)),
                new Organisatie("Wijkkracht Alphen (demo)", "56789012", OrganisatieType.LOKAAL_TEAM, true, Set.of(alphen)),
                new Organisatie("Huisartsen Rijnstreek (demo)", "67890123", OrganisatieType.HUISARTSENZORG, false,
                        Set.of(leiden, katwijk)),
                new Organisatie("Jeugdbescherming West (demo)", "78901234", OrganisatieType.GECERTIFICEERDE_INSTELLING,
                        true, Set.of(leiden, alphen, gouda, katwijk))));

        gebruikers.saveAll(List.of(
                Gebruiker.regionaal("beheerder", "Bram Beheer", hash, Rol.BEHEERDER),
                Gebruiker.regionaal("accountmanager", "Anouk Accountmanager", hash, Rol.ACCOUNTMANAGER),
                Gebruiker.agendahouder("agendahouder", "Annemiek de Vries", hash, leiden),
                Gebruiker.agendahouder("agendahouder-alphen", "Pieter Bakker", hash, alphen),
                Gebruiker.agendahouder("agendahouder-gouda", "Fatima El Amrani", hash, gouda),
                Gebruiker.aandachtsfunctionaris("aandachtsfunctionaris", "Sanne Jansen", hash, leidenNoord),
                Gebruiker.aandachtsfunctionaris("aandachtsfunctionaris-jgt", "Mohammed Yilmaz", hash, leidenJgt),
                Gebruiker.aandachtsfunctionaris("aandachtsfunctionaris-alphen", "Eva de Boer", hash, alphenTeam),
                Gebruiker.respondent("organisatie", "Olga Organisatie", hash, jeugdhulp)));
        for (Organisatie andere : anderen) {
            gebruikers.save(Gebruiker.respondent(DemoUitvraag.respondent(andere.getNaam()), "Respondent " + andere.getNaam(),
                    hash, andere));
        }
        geefEmailAdressen(gebruikers.findAll().stream().map(Gebruiker::getGebruikersnaam).toList());

        vul("agendahouder", ChecklistEigenaar.gemeente(leiden.getId()), 0.7, 0.45);
        vul("agendahouder-alphen", ChecklistEigenaar.gemeente(alphen.getId()), 0.5, 0.25);
        vul("agendahouder-gouda", ChecklistEigenaar.gemeente(gouda.getId()), 0.3, 0.1);
        vul("aandachtsfunctionaris", ChecklistEigenaar.afdeling(leidenNoord.getId()), 0.6, 0.35);
        vul("aandachtsfunctionaris-jgt", ChecklistEigenaar.afdeling(leidenJgt.getId()), 0.4, 0.2);
        vul("aandachtsfunctionaris-alphen", ChecklistEigenaar.afdeling(alphenTeam.getId()), 0.5, 0.3);
        uitvraag.vul();
        voegContactpersonenToe();
        SecurityContextHolder.clearContext();
        LOG.info("Demogegevens aangemaakt: log in als agendahouder / {}", WACHTWOORD);
    }

    /**
     * Every demo user gets an e-mail address (also in a demo database made before they had one), so that "Wachtwoord
     * vergeten?" sends its mail to the outbox, where the beheerder reads it.
     */
    private void geefEmailAdressen(List<String> gebruikersnamen) {
        for (Gebruiker gebruiker : gebruikers.findByGebruikersnaamIn(gebruikersnamen)) {
            if (gebruiker.getEmail() == null) {
                gebruiker.setEmail(gebruiker.getGebruikersnaam() + "@demo.example");
                gebruikers.save(gebruiker);
            }
        }
    }

    /**
     * Contact persons with e-mail addresses, added after the rounds of 2025 and 2026 were opened, so that the outbox
     * starts empty and opening 2027 for Leiden invites one person per address (six people, the secretariat has none).
     */
    private void voegContactpersonenToe() {
        transacties.executeWithoutResult(status -> {
            for (String[] contact : CONTACTPERSONEN) {
                organisaties.findAllByOrderByNaam().stream().filter(o -> o.getNaam().equals(contact[0])).findFirst()
                        .orElseThrow().voegContactpersoonToe(contact[1], contact[2], contact[3]);
            }
        });
    }

    private static final String[][] CONTACTPERSONEN = {
            {"Jeugdhulp Rijnland (demo)", "Anna de Vries", "anna.devries@jeugdhulp-rijnland.example", "Contactpersoon uitvraag"},
            {"Jeugdhulp Rijnland (demo)", "Karim Benali", "karim.benali@jeugdhulp-rijnland.example", "Aandachtsfunctionaris"},
            {"Thuiszorg De Horst (demo)", "Els Verhoeven", "els.verhoeven@dehorst.example", "Kwaliteitsmedewerker"},
            {"GGZ Oude Rijn (demo)", "Tom Hendriks", "tom.hendriks@ggz-oude-rijn.example", "Contactpersoon uitvraag"},
            {"GGZ Oude Rijn (demo)", "Secretariaat", null, "Secretariaat"},
            {"Huisartsen Rijnstreek (demo)", "Lotte Smit", "lotte.smit@huisartsen-rijnstreek.example", "Praktijkmanager"},
            {"Jeugdbescherming West (demo)", "Jeroen de Wit", "jeroen.dewit@jbwest.example", "Contactpersoon uitvraag"},
            {"Kindcentrum Het Zonnetje (demo)", "Noor Visser", "noor.visser@hetzonnetje.example", "Directeur"},
            {"Wijkkracht Alphen (demo)", "Sven Mulder", "sven.mulder@wijkkracht-alphen.example", "Teamleider"}};

    /** Fills 2025 and then starts 2026 from it, as the owner would, with a share of items done each year. */
    private void vul(String gebruikersnaam, ChecklistEigenaar eigenaar, double gereed2025, double gereed2026) {
        DemoUitvraag.alsGebruiker(userDetails, gebruikersnaam);
        werkBij(checklists.start(eigenaar, 2025).items(), 2025, gereed2025);
        werkBij(checklists.start(eigenaar, 2026).items(), 2026, gereed2026);
    }

    private void werkBij(List<ItemRegel> items, int jaar, double aandeelGereed) {
        int aantalGereed = (int) Math.round(items.size() * aandeelGereed);
        for (int i = 0; i < items.size(); i++) {
            ItemRegel item = items.get(i);
            if (item.status() == ItemStatus.GEREED) {
                continue;
            }
            ItemStatus status = i < aantalGereed ? ItemStatus.GEREED
                    : item.optioneel() ? ItemStatus.NIET_VAN_TOEPASSING
                    : i % 3 == 0 ? ItemStatus.IN_UITVOERING : ItemStatus.NIET_GESTART;
            // Some open actions were planned early in the year and are now overdue.
            LocalDate planning = LocalDate.of(jaar, 1 + (i * 5) % 12, 1 + (i * 7) % 28);
            String actie = status == ItemStatus.NIET_GESTART && i % 2 == 0 ? null
                    : "Actie " + item.code() + ": " + kort(item.tekst());
            checklists.wijzig(item.id(), item.version(), new ItemWijziging(actie,
                    VERANTWOORDELIJKEN.get(i % VERANTWOORDELIJKEN.size()), actie == null ? null : planning, status,
                    status == ItemStatus.NIET_VAN_TOEPASSING ? "Keuze voor later; eerst de basis op orde." : null,
                    null));
        }
    }

    private static final List<String> VERANTWOORDELIJKEN = List.of("Beleidsadviseur jeugd", "Teamleider sociaal team",
            "Contractmanager", "Agendahouder", "Kwaliteitsmedewerker");

    private static String kort(String tekst) {
        return tekst.length() > 80 ? tekst.substring(0, 77) + "..." : tekst;
    }
}
