package nl.gezin1plan.monitor.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.RouteConfiguration;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.gezin1plan.monitor.BeveiligdeMockMvc;
import nl.gezin1plan.monitor.PostgresTest;
import nl.gezin1plan.monitor.TestGegevens;
import nl.gezin1plan.monitor.base.OngeldigeInvoer;
import nl.gezin1plan.monitor.beheer.OrganisatieGegevens;
import nl.gezin1plan.monitor.beheer.OrganisatieRegisterService;
import nl.gezin1plan.monitor.organisatie.Afdeling;
import nl.gezin1plan.monitor.organisatie.AfdelingRepository;
import nl.gezin1plan.monitor.organisatie.Gemeente;
import nl.gezin1plan.monitor.organisatie.GemeenteRepository;
import nl.gezin1plan.monitor.organisatie.Organisatie;
import nl.gezin1plan.monitor.organisatie.OrganisatieRepository;
import nl.gezin1plan.monitor.organisatie.OrganisatieType;
import nl.gezin1plan.monitor.uitvraag.UitvraagStandService;
import nl.gezin1plan.monitor.uitvraag.UitvraagStand;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.context.WebApplicationContext;

/**
 * Every route as every role, and as nobody, in the demo data. The people are the demo accounts: the agendahouder
 * of Leiden, the aandachtsfunctionaris of Sociaal wijkteam Leiden-Noord and the respondent of Jeugdhulp Rijnland
 * (which works for Leiden and Alphen). Names in braces stand for the id of that demo record.
 * <p>
 * OK: the view shows the requested data (every named record appears). LOGIN: the login view. GEWEIGERD: the view
 * refuses in its own words and shows nothing of the named records. EIGEN: the view ignores the foreign id and shows
 * the user's own scope instead. 403: Vaadin refuses the view for this role. 404: no such page. {@code →x}: the
 * start page sends this role on to x.
 */
@PostgresTest
class ToegangsMatrixTest extends SpringBrowserlessTest {

    private static final List<String> ROLLEN = List.of("", "beheerder", "accountmanager", "agendahouder",
            "aandachtsfunctionaris", "organisatie");
    /** The name each scoped demo user's own data shows under. */
    private static final Map<String, String> EIGEN_SCOPE = Map.of("agendahouder", "Leiden",
            "aandachtsfunctionaris", "Sociaal wijkteam Leiden-Noord", "organisatie", "Jeugdhulp Rijnland (demo)");
    private static final String GEEN_TOEGANG = "U heeft geen toegang tot deze gegevens.";
    private static final Pattern NAAM = Pattern.compile("\\{([^}]+)}");

    @Autowired
    TestGegevens gegevens;
    @Autowired
    GemeenteRepository gemeenten;
    @Autowired
    AfdelingRepository afdelingen;
    @Autowired
    OrganisatieRepository organisaties;
    @Autowired
    UitvraagStandService uitvraagStanden;
    @Autowired
    WebApplicationContext context;
    @Autowired
    UserDetailsService gebruikers;
    @Autowired
    OrganisatieRegisterService register;
    @Autowired
    JdbcTemplate jdbc;

    /** Placeholder → id and the name by which its data shows on a page. */
    private final Map<String, Long> ids = new LinkedHashMap<>();
    private final Map<String, String> namen = new LinkedHashMap<>();

    @BeforeEach
    void demoRecords() {
        for (Gemeente g : gemeenten.findAll()) {
            bewaar(g.getNaam(), g.getId(), g.getNaam());
        }
        for (Afdeling a : afdelingen.findAll()) {
            bewaar(a.getNaam(), a.getId(), a.getNaam());
        }
        for (Organisatie o : organisaties.findAll()) {
            bewaar(o.getNaam(), o.getId(), o.getNaam());
        }
        gegevens.logIn("beheerder");
        for (UitvraagStand stand : uitvraagStanden.standen(2026)) {
            bewaar("uitvraag " + stand.organisatie(), stand.uitvraagId(), stand.organisatie());
        }
        gegevens.logUit();
    }

    private void bewaar(String sleutel, long id, String naam) {
        ids.put(sleutel, id);
        namen.put(sleutel, naam);
    }

    @AfterEach
    void logUit() {
        gegevens.logUit();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            # route                                              | nobody | beheerder  | accountmanager | agendahouder | aandachtsfunctionaris                               | organisatie
            ''                                                   | LOGIN  | →dashboard | →dashboard     | →dashboard   | →checklist/afdeling/{Sociaal wijkteam Leiden-Noord} | →uitvraag
            login                                                | OK     | OK         | OK             | OK           | OK                                                  | OK
            toegankelijkheid                                     | OK     | OK         | OK             | OK           | OK                                                  | OK
            wachtwoord-vergeten                                  | OK     | OK         | OK             | OK           | OK                                                  | OK
            wachtwoord-herstellen/onzin                          | OK     | OK         | OK             | OK           | OK                                                  | OK
            account                                              | LOGIN  | OK         | OK             | OK           | OK                                                  | OK
            dashboard                                            | LOGIN  | OK         | OK             | OK           | 403                                                 | 403
            checklist/gemeente/{Leiden}                          | LOGIN  | OK         | OK             | OK           | GEWEIGERD                                           | 403
            checklist/gemeente/{Alphen aan den Rijn}             | LOGIN  | OK         | OK             | GEWEIGERD    | GEWEIGERD                                           | 403
            checklist/afdeling/{Sociaal wijkteam Leiden-Noord}   | LOGIN  | OK         | OK             | OK           | OK                                                  | 403
            checklist/afdeling/{Jeugd- en gezinsteam Leiden}     | LOGIN  | OK         | OK             | OK           | GEWEIGERD                                           | 403
            checklist/afdeling/{Sociaal team Alphen}             | LOGIN  | OK         | OK             | GEWEIGERD    | GEWEIGERD                                           | 403
            checklist/gemeente/999999999                         | LOGIN  | GEWEIGERD  | GEWEIGERD      | GEWEIGERD    | GEWEIGERD                                           | 403
            gemeente                                             | LOGIN  | OK         | OK             | OK           | 403                                                 | 403
            gemeente?gemeente={Alphen aan den Rijn}              | LOGIN  | OK         | OK             | EIGEN        | 403                                                 | 403
            uitvraag                                             | LOGIN  | 403        | 403            | 403          | 403                                                 | OK
            keurmerk                                             | LOGIN  | 403        | 403            | 403          | 403                                                 | OK
            uitvraag/ronde                                       | LOGIN  | OK         | OK             | OK           | 403                                                 | 403
            uitvraag/detail/{uitvraag Jeugdhulp Rijnland (demo)} | LOGIN  | OK         | OK             | OK           | 403                                                 | 403
            uitvraag/detail/{uitvraag Wijkkracht Alphen (demo)}  | LOGIN  | OK         | OK             | GEWEIGERD    | 403                                                 | 403
            uitvraag/detail/999999999                            | LOGIN  | GEWEIGERD  | GEWEIGERD      | GEWEIGERD    | 403                                                 | 403
            organisatie/{Jeugdhulp Rijnland (demo)}              | LOGIN  | OK         | OK             | OK           | 403                                                 | 403
            organisatie/{Wijkkracht Alphen (demo)}               | LOGIN  | OK         | OK             | GEWEIGERD    | 403                                                 | 403
            rapportage/voortgang                                 | LOGIN  | OK         | OK             | OK           | 403                                                 | 403
            evaluatie                                            | LOGIN  | OK         | OK             | OK           | 403                                                 | 403
            evaluatie?gemeente={Alphen aan den Rijn}             | LOGIN  | OK         | OK             | EIGEN        | 403                                                 | 403
            beheer                                               | LOGIN  | OK         | 403            | 403          | 403                                                 | 403
            beheer/mail                                          | LOGIN  | OK         | 403            | 403          | 403                                                 | 403
            organisaties                                         | LOGIN  | OK         | 403            | OK           | 403                                                 | 403
            bestaat-niet                                         | 404    | 404        | 404            | 404          | 404                                                 | 404
            """)
    void route(String route, String nobody, String beheerder, String accountmanager, String agendahouder,
               String aandachtsfunctionaris, String organisatie) {
        List<String> verwacht = List.of(nobody, beheerder, accountmanager, agendahouder, aandachtsfunctionaris,
                organisatie);
        List<String> gezien = new ArrayList<>();
        for (String rol : ROLLEN) {
            gezien.add(uitkomst(route, rol));
        }
        assertThat(gezien).as(route).isEqualTo(verwacht.stream().map(this::vulIn).toList());
    }

    /**
     * Every export as every role. OK: a CSV with rows, every one of them within the user's scope, or a PDF about the
     * named record (without one: about the user's own gemeente or organisation); LEEG: a CSV without rows; LOGIN: sent
     * to the login page; 400: a record must be named; 403: refused. The CSV exports take no ids: a foreign id or search
     * term must not widen the scope. The reports take one, and a foreign one is refused.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            # export                                                                | nobody | beheerder | accountmanager | agendahouder | aandachtsfunctionaris | organisatie
            /export/checklists.csv?jaar=2026                                        | LOGIN  | OK        | OK             | OK           | OK                    | 403
            /export/checklists.csv?jaar=2026&gemeente={Alphen aan den Rijn}         | LOGIN  | OK        | OK             | OK           | OK                    | 403
            /export/voortgang.csv?jaar=2026                                         | LOGIN  | OK        | OK             | OK           | 403                   | 403
            /export/voortgang.csv?jaar=2026&zoek=Wijkkracht Alphen                  | LOGIN  | OK        | OK             | LEEG         | 403                   | 403
            /export/voortgang.csv?jaar=2026&gemeente={Alphen aan den Rijn}          | LOGIN  | OK        | OK             | OK           | 403                   | 403
            /export/antwoorden.csv?jaar=2026                                        | LOGIN  | OK        | OK             | OK           | 403                   | 403
            /export/antwoorden.csv?jaar=2026&organisatie={Wijkkracht Alphen (demo)} | LOGIN  | OK        | OK             | OK           | 403                   | 403
            /export/accountgesprekken.csv                                           | LOGIN  | OK        | OK             | OK           | 403                   | 403
            /export/jaarrapport.pdf?jaar=2026                                       | LOGIN  | 400       | 400            | OK           | 403                   | 403
            /export/jaarrapport.pdf?jaar=2026&gemeente={Leiden}                     | LOGIN  | OK        | OK             | OK           | 403                   | 403
            /export/jaarrapport.pdf?jaar=2026&gemeente={Alphen aan den Rijn}        | LOGIN  | OK        | OK             | 403          | 403                   | 403
            /export/organisatierapport.pdf?jaar=2026                                | LOGIN  | 400       | 400            | 400          | 403                   | OK
            /export/organisatierapport.pdf?jaar=2026&organisatie={Jeugdhulp Rijnland (demo)} | LOGIN | OK | OK         | OK           | 403                   | OK
            /export/organisatierapport.pdf?jaar=2026&organisatie={Wijkkracht Alphen (demo)}  | LOGIN | OK | OK         | 403          | 403                   | 403
            """)
    void export(String export, String nobody, String beheerder, String accountmanager, String agendahouder,
                String aandachtsfunctionaris, String organisatie) throws Exception {
        MockMvc mvc = BeveiligdeMockMvc.van(context);
        List<String> gezien = new ArrayList<>();
        for (String rol : ROLLEN) {
            gezien.add(download(mvc, export, rol));
        }
        assertThat(gezien).as(export)
                .isEqualTo(List.of(nobody, beheerder, accountmanager, agendahouder, aandachtsfunctionaris, organisatie));
    }

    /**
     * Downloading an attachment as every role. OK: the file, as an attachment, with its stored type and nosniff;
     * LOGIN: sent to the login page; 403: refused, also for an attachment that does not exist, so that a foreign
     * user cannot even tell whether an id is in use.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            # attachment on                            | nobody | beheerder | accountmanager | agendahouder | aandachtsfunctionaris | organisatie
            checklist Leiden                           | LOGIN  | OK        | OK             | OK           | 403                   | 403
            checklist Alphen aan den Rijn              | LOGIN  | OK        | OK             | 403          | 403                   | 403
            checklist Sociaal wijkteam Leiden-Noord    | LOGIN  | OK        | OK             | OK           | OK                    | 403
            uitvraag Jeugdhulp Rijnland (demo)         | LOGIN  | OK        | OK             | OK           | 403                   | OK
            uitvraag Wijkkracht Alphen (demo)          | LOGIN  | OK        | OK             | 403          | 403                   | 403
            nothing                                    | LOGIN  | 403       | 403            | 403          | 403                   | 403
            """)
    void bijlage(String onderwerp, String nobody, String beheerder, String accountmanager, String agendahouder,
                 String aandachtsfunctionaris, String organisatie) throws Exception {
        long id = bijlageBij(onderwerp);
        MockMvc mvc = BeveiligdeMockMvc.van(context);
        List<String> gezien = new ArrayList<>();
        try {
            for (String rol : ROLLEN) {
                gezien.add(bijlageDownload(mvc, id, rol));
            }
        } finally {
            jdbc.update("delete from bijlage where id = ?", id);
        }
        assertThat(gezien).as(onderwerp)
                .isEqualTo(List.of(nobody, beheerder, accountmanager, agendahouder, aandachtsfunctionaris, organisatie));
    }

    /** An attachment put straight into the tables, as its owner would have uploaded it. */
    private long bijlageBij(String onderwerp) {
        if (onderwerp.equals("nothing")) {
            return -1;
        }
        String naam = onderwerp.substring(onderwerp.indexOf(' ') + 1);
        boolean uitvraag = onderwerp.startsWith("uitvraag");
        Long onderwerpId = uitvraag ? ids.get(onderwerp) : jdbc.queryForObject("select min(i.id) from checklist_item i "
                + "join checklist c on c.id = i.checklist_id where c.jaar = 2026 and "
                + (gemeenten.findAll().stream().anyMatch(g -> g.getNaam().equals(naam))
                ? "c.afdeling_id is null and c.gemeente_id = ?" : "c.afdeling_id = ?"), Long.class, ids.get(naam));
        assertThat(onderwerpId).as(onderwerp).isNotNull();
        jdbc.update("insert into bijlage (soort, onderwerp_id, sleutel, bestandsnaam, content_type, grootte, sha256, "
                        + "geupload_door, geupload_op) values (?, ?, ?, 'Plan van aanpak ü.pdf', 'application/pdf', 9, '', 'test', "
                        + "current_timestamp)", uitvraag ? "UITVRAAG_VRAAG" : "CHECKLIST_ITEM", onderwerpId,
                uitvraag ? "scholingsplan" : null);
        long id = jdbc.queryForObject("select max(id) from bijlage", Long.class);
        jdbc.update("insert into bijlage_deel (bijlage_id, volgnummer, data) values (?, 0, ?)", id,
                "%PDF-1.4\n".getBytes(StandardCharsets.US_ASCII));
        return id;
    }

    private String bijlageDownload(MockMvc mvc, long id, String gebruiker) throws Exception {
        MockHttpServletResponse antwoord = haal(mvc, "/bijlage/" + id, gebruiker);
        if (antwoord.getStatus() != 200) {
            return weigering(antwoord);
        }
        boolean bijlage = antwoord.getContentAsString(StandardCharsets.US_ASCII).equals("%PDF-1.4\n")
                && "application/pdf".equals(antwoord.getContentType())
                && "nosniff".equals(antwoord.getHeader("X-Content-Type-Options"))
                && ("attachment; filename=\"Plan van aanpak _.pdf\"; filename*=UTF-8''Plan%20van%20aanpak%20%C3%BC.pdf")
                .equals(antwoord.getHeader("Content-Disposition"));
        return bijlage ? "OK" : "200 but not as attachment: " + antwoord.getHeaderNames();
    }

    /**
     * Which gemeenten an organisation of Leiden and Alphen aan den Rijn works for, changed by every role. OK: changed as
     * asked; BLIJFT: saved, but the other gemeente stays (an agendahouder speaks only for their own gemeente);
     * GEWEIGERD: refused with a message, nothing changed; 403: no access to the register.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            # change                       | beheerder | accountmanager | agendahouder | aandachtsfunctionaris | organisatie
            zonder Alphen aan den Rijn     | OK        | 403            | BLIJFT       | 403                   | 403
            met Katwijk                    | OK        | 403            | GEWEIGERD    | 403                   | 403
            zonder Leiden                  | OK        | 403            | GEWEIGERD    | 403                   | 403
            """)
    void gemeentenVanEenOrganisatie(String wijziging, String beheerder, String accountmanager, String agendahouder,
                                    String aandachtsfunctionaris, String organisatie) {
        List<String> gezien = new ArrayList<>();
        for (String rol : ROLLEN.subList(1, ROLLEN.size())) {
            gezien.add(wijzigGemeenten(wijziging, rol));
        }
        assertThat(gezien).as(wijziging)
                .isEqualTo(List.of(beheerder, accountmanager, agendahouder, aandachtsfunctionaris, organisatie));
    }

    private String wijzigGemeenten(String wijziging, String rol) {
        Organisatie organisatie = gegevens.organisatie(false, gemeenten.findById(ids.get("Leiden")).orElseThrow(),
                gemeenten.findById(ids.get("Alphen aan den Rijn")).orElseThrow());
        Set<Long> voor = Set.of(ids.get("Leiden"), ids.get("Alphen aan den Rijn"));
        Set<Long> gevraagd = new HashSet<>(voor);
        String gemeente = wijziging.substring(wijziging.indexOf(' ') + 1);
        if (wijziging.startsWith("zonder")) {
            gevraagd.remove(ids.get(gemeente));
        } else {
            gevraagd.add(ids.get(gemeente));
        }
        gegevens.logIn(rol);
        try {
            register.wijzig(organisatie.getId(), organisatie.getVersion(), new OrganisatieGegevens(organisatie.getNaam(),
                    null, OrganisatieType.JEUGDHULP, false, gevraagd, List.of()));
        } catch (AccessDeniedException e) {
            return "403";
        } catch (OngeldigeInvoer e) {
            return gemeentenVan(organisatie).equals(voor) ? "GEWEIGERD" : "geweigerd, maar toch gewijzigd";
        } finally {
            gegevens.logUit();
        }
        Set<Long> na = gemeentenVan(organisatie);
        return na.equals(gevraagd) ? "OK" : na.equals(voor) ? "BLIJFT" : "anders gewijzigd: " + na;
    }

    private Set<Long> gemeentenVan(Organisatie organisatie) {
        return jdbc.queryForList("select gemeente_id from organisatie_gemeente where organisatie_id = ?", Long.class,
                organisatie.getId()).stream().collect(Collectors.toSet());
    }

    /** The response to a GET as this demo user, or as nobody when the name is empty. */
    private MockHttpServletResponse haal(MockMvc mvc, String url, String gebruiker) throws Exception {
        MockHttpServletRequestBuilder verzoek = get(url);
        if (!gebruiker.isEmpty()) {
            verzoek.with(user(gebruikers.loadUserByUsername(gebruiker)));
        }
        return mvc.perform(verzoek).andReturn().getResponse();
    }

    /** A response other than 200 in the words of the tables: LOGIN when sent to log in, else its status. */
    private static String weigering(MockHttpServletResponse antwoord) {
        return antwoord.getStatus() == 302 && antwoord.getRedirectedUrl().endsWith("/login") ? "LOGIN"
                : String.valueOf(antwoord.getStatus());
    }

    private String download(MockMvc mvc, String export, String gebruiker) throws Exception {
        MockHttpServletResponse antwoord = haal(mvc, vulIn(export), gebruiker);
        if (antwoord.getStatus() != 200) {
            return weigering(antwoord);
        }
        if (MediaType.APPLICATION_PDF_VALUE.equals(antwoord.getContentType())) {
            return pdf(antwoord.getContentAsByteArray(), export, gebruiker);
        }
        List<CSVRecord> regels = CSVFormat.EXCEL.builder().setDelimiter(';').setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(antwoord.getContentAsString(StandardCharsets.UTF_8).substring(1))).getRecords();
        List<CSVRecord> vreemd = regels.stream().filter(r -> !binnenScope(gebruiker, r)).toList();
        if (!vreemd.isEmpty()) {
            return "vreemde regels: " + vreemd.stream().map(r -> r.get(0)).toList();
        }
        return regels.isEmpty() ? "LEEG" : "OK";
    }

    /** OK when the report is about the record the address names, or without one the user's own scope. */
    private String pdf(byte[] bestand, String export, String gebruiker) throws Exception {
        List<String> genoemd = genoemdeNamen(export);
        if (genoemd.isEmpty()) {
            genoemd = List.of(EIGEN_SCOPE.getOrDefault(gebruiker, "?"));
        }
        try (PDDocument pdf = Loader.loadPDF(bestand)) {
            String tekst = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
            List<String> ontbreekt = genoemd.stream().filter(n -> !tekst.contains(n)).toList();
            return ontbreekt.isEmpty() ? "OK" : "PDF zonder " + ontbreekt;
        }
    }

    /** Whether the demo user may see this row, decided from the register rather than by the services under test. */
    private boolean binnenScope(String gebruiker, CSVRecord regel) {
        return switch (gebruiker) {
            case "beheerder", "accountmanager" -> true;
            case "agendahouder" -> regel.isMapped("gemeente") ? regel.get("gemeente").equals("Leiden")
                    : organisaties.werkendVoor(ids.get("Leiden")).stream()
                    .anyMatch(o -> o.getNaam().equals(regel.get("organisatie")));
            case "aandachtsfunctionaris" -> regel.isMapped("afdeling")
                    && regel.get("afdeling").equals("Sociaal wijkteam Leiden-Noord");
            default -> false;
        };
    }

    /** What this person sees on opening the route, in the words of the table. */
    private String uitkomst(String route, String gebruiker) {
        gegevens.logUit();
        if (!gebruiker.isEmpty()) {
            gegevens.logIn(gebruiker);
        }
        cleanVaadinEnvironment();
        initVaadinEnvironment();
        String pad = vulIn(route);
        String[] delen = pad.split("\\?", 2);
        QueryParameters query = delen.length == 1 ? QueryParameters.of("jaar", "2026")
                : QueryParameters.fromString(delen[1]).merging("jaar", "2026");
        UI.getCurrent().navigate(delen[0], query);
        HasElement view = getCurrentView();
        if (view instanceof LoginView && !route.equals("login")) {
            return "LOGIN";
        }
        if (view instanceof HasErrorParameter<?>) {
            // Vaadin answers a view the role may not open with its not-found page, so as not to reveal it exists.
            return RouteConfiguration.forApplicationScope().getRoute(delen[0]).isPresent() ? "403" : "404";
        }
        String locatie = UI.getCurrent().getInternals().getActiveViewLocation().getPath();
        if (!locatie.equals(delen[0])) {
            return "→" + locatie;
        }
        String tekst = view.getElement().getTextRecursively();
        List<String> genoemd = genoemdeNamen(route);
        boolean alles = genoemd.stream().allMatch(tekst::contains);
        boolean niets = genoemd.stream().noneMatch(tekst::contains);
        boolean weigert = $(H1.class).all().stream().anyMatch(h -> h.getText().equals(GEEN_TOEGANG));
        if (weigert) {
            return niets ? "GEWEIGERD" : "GEWEIGERD maar toont " + genoemd;
        }
        if (alles) {
            return "OK";
        }
        return niets && tekst.contains(EIGEN_SCOPE.getOrDefault(gebruiker, "?")) ? "EIGEN"
                : "toont " + tekst;
    }

    private List<String> genoemdeNamen(String route) {
        List<String> genoemd = new ArrayList<>();
        Matcher m = NAAM.matcher(route);
        while (m.find()) {
            genoemd.add(namen.get(m.group(1)));
        }
        return genoemd;
    }

    /** The route with every {name} replaced by the id of that demo record. */
    private String vulIn(String route) {
        Matcher m = NAAM.matcher(route);
        StringBuilder uit = new StringBuilder();
        while (m.find()) {
            Long id = ids.get(m.group(1));
            assertThat(id).as("demo record " + m.group(1)).isNotNull();
            m.appendReplacement(uit, String.valueOf(id));
        }
        return m.appendTail(uit).toString();
    }
}
