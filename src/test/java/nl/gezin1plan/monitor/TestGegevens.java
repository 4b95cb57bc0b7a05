package nl.gezin1plan.monitor;

import java.util.concurrent.atomic.AtomicInteger;
import nl.gezin1plan.monitor.organisatie.Afdeling;
import nl.gezin1plan.monitor.organisatie.AfdelingRepository;
import nl.gezin1plan.monitor.organisatie.Gebruiker;
import nl.gezin1plan.monitor.organisatie.GebruikerRepository;
import nl.gezin1plan.monitor.organisatie.Gemeente;
import nl.gezin1plan.monitor.organisatie.GemeenteRepository;
import nl.gezin1plan.monitor.organisatie.Organisatie;
import nl.gezin1plan.monitor.organisatie.OrganisatieRepository;
import nl.gezin1plan.monitor.organisatie.OrganisatieType;
import nl.gezin1plan.monitor.organisatie.RegioRepository;
import nl.gezin1plan.monitor.organisatie.Rol;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;

/**
 * Creates gemeenten, afdelingen and people of its own for a test, with unique names, so that tests that change
 * data never meet each other's changes; and logs in as any of them.
 */
@Component
public class TestGegevens {

    private static final AtomicInteger TELLER = new AtomicInteger();
    private static final String HASH = "{noop}test";

    private final RegioRepository regios;
    private final GemeenteRepository gemeenten;
    private final AfdelingRepository afdelingen;
    private final OrganisatieRepository organisaties;
    private final GebruikerRepository gebruikers;
    private final UserDetailsService userDetails;

    TestGegevens(RegioRepository regios, GemeenteRepository gemeenten, AfdelingRepository afdelingen,
                 OrganisatieRepository organisaties, GebruikerRepository gebruikers, UserDetailsService userDetails) {
        this.regios = regios;
        this.gemeenten = gemeenten;
        this.afdelingen = afdelingen;
        this.organisaties = organisaties;
        this.gebruikers = gebruikers;
        this.userDetails = userDetails;
    }

    public static String uniek(String naam) {
        return naam + "-" + ProcessHandle.current().pid() + "-" + TELLER.incrementAndGet();
    }

    public Gemeente gemeente() {
        return gemeenten.save(new Gemeente(regios.findAll().getFirst(), uniek("Testgemeente")));
    }

    public Afdeling afdeling(Gemeente gemeente) {
        return afdelingen.save(new Afdeling(gemeente, uniek("Testafdeling")));
    }

    public String agendahouder(Gemeente gemeente) {
        return gebruikers.save(Gebruiker.agendahouder(uniek("ah"), "Test Agendahouder", HASH, gemeente))
                .getGebruikersnaam();
    }

    public String aandachtsfunctionaris(Afdeling afdeling) {
        return gebruikers.save(Gebruiker.aandachtsfunctionaris(uniek("af"), "Test Aandachtsfunctionaris", HASH,
                afdeling)).getGebruikersnaam();
    }

    public String regionaal(Rol rol) {
        return gebruikers.save(Gebruiker.regionaal(uniek(rol.name().toLowerCase()), "Test " + rol, HASH, rol))
                .getGebruikersnaam();
    }

    public String respondent() {
        return respondent(organisaties.save(new Organisatie(uniek("Testorganisatie"), null)));
    }

    public String respondent(Organisatie organisatie) {
        return gebruikers.save(Gebruiker.respondent(uniek("org"), "Test Respondent", HASH, organisatie))
                .getGebruikersnaam();
    }

    /** An organisation working for these gemeenten; {@code jeugd} makes the VIR questions apply. */
    public Organisatie organisatie(boolean jeugd, Gemeente... werktVoor) {
        return organisaties.save(new Organisatie(uniek("Testorganisatie"), null, OrganisatieType.JEUGDHULP, jeugd,
                java.util.Set.of(werktVoor)));
    }

    /** Runs as this user from now on in this thread, as a login would. */
    public void logIn(String gebruikersnaam) {
        UserDetails gebruiker = userDetails.loadUserByUsername(gebruikersnaam);
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(gebruiker, null, gebruiker.getAuthorities()));
    }

    /** The user name this thread runs as now. */
    public String huidige() {
        return SecurityContextHolder.getContext().getAuthentication().getName();
    }

    public void logUit() {
        SecurityContextHolder.clearContext();
    }
}
