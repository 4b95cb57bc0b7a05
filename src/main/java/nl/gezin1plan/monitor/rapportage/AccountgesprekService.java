package nl.gezin1plan.monitor.rapportage;

import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.gezin1plan.monitor.audit.AuditService;
import nl.gezin1plan.monitor.audit.AuditSoort;
import nl.gezin1plan.monitor.base.OngeldigeInvoer;
import nl.gezin1plan.monitor.base.ui.Formaat;
import nl.gezin1plan.monitor.organisatie.Organisatie;
import nl.gezin1plan.monitor.organisatie.OrganisatieRepository;
import nl.gezin1plan.monitor.security.HuidigeGebruiker;
import nl.gezin1plan.monitor.security.Rechten;
import nl.gezin1plan.monitor.security.Scope;
import nl.gezin1plan.monitor.security.Toegang;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Accountgesprekken: account managers and the beheerder for every organisation; an agendahouder for the
 * organisations that work for their gemeente, and of those only what their own gemeente or the region recorded.
 * What another gemeente recorded stays with that gemeente, also when the organisation starts working for a second
 * gemeente later.
 */
@Service
@Transactional
@RolesAllowed(Rechten.GEMEENTECIJFERS)
public class AccountgesprekService {

    private final AccountgesprekRepository gesprekken;
    private final OrganisatieRepository organisaties;
    private final Toegang toegang;
    private final Clock clock;
    private final AuditService audit;

    AccountgesprekService(AccountgesprekRepository gesprekken, OrganisatieRepository organisaties, Toegang toegang,
                          Clock clock, AuditService audit) {
        this.audit = audit;
        this.gesprekken = gesprekken;
        this.organisaties = organisaties;
        this.toegang = toegang;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<AccountgesprekRegel> vanOrganisatie(long organisatieId) {
        Organisatie organisatie = inScope(organisatieId);
        HuidigeGebruiker gebruiker = toegang.huidigeGebruiker();
        return gesprekken.findByOrganisatieIdOrderByDatumDesc(organisatieId).stream()
                .filter(g -> vanEigenGemeenteOfRegio(gebruiker, g)).map(g -> g.alsRegel(organisatie.getNaam())).toList();
    }

    public AccountgesprekRegel leg(long organisatieId, AccountgesprekGegevens gegevens) {
        Organisatie organisatie = inScope(organisatieId);
        Map<String, String> fouten = gegevens.fouten();
        if (!fouten.isEmpty()) {
            throw new OngeldigeInvoer(fouten);
        }
        HuidigeGebruiker gebruiker = toegang.huidigeGebruiker();
        AccountgesprekRegel regel = gesprekken.saveAndFlush(new Accountgesprek(organisatieId, gegevens,
                gebruiker.gebruikersnaam(), vastleggendeGemeente(gebruiker.scope())))
                .alsRegel(organisatie.getNaam());
        audit.legVast(AuditSoort.ACCOUNTGESPREK, "Accountgesprek van " + Formaat.datum(gegevens.datum()) + " met "
                + organisatie.getNaam() + " vastgelegd");
        return regel;
    }

    public void rondVervolgAf(long gesprekId) {
        Accountgesprek gesprek = gesprekken.findById(gesprekId).orElseThrow(Toegang::geweigerd);
        inScope(gesprek.getOrganisatieId());
        if (!vanEigenGemeenteOfRegio(toegang.huidigeGebruiker(), gesprek)) {
            throw Toegang.geweigerd();
        }
        gesprek.rondVervolgAf();
        audit.legVast(AuditSoort.ACCOUNTGESPREK, "Vervolgactie van het accountgesprek van "
                + Formaat.datum(gesprek.getDatum()) + " met " + organisaties.findById(gesprek.getOrganisatieId())
                .map(Organisatie::getNaam).orElse("") + " afgerond");
    }

    /** Follow-ups past their date and not done, within the caller's scope. */
    @Transactional(readOnly = true)
    public List<AccountgesprekRegel> verlopenVervolgacties() {
        return metNamen(gesprekken.verlopenVervolg(LocalDate.now(clock)));
    }

    /** Every accountgesprek within the caller's scope, newest first, for the export. */
    @Transactional(readOnly = true)
    public List<AccountgesprekRegel> alle() {
        return metNamen(gesprekken.alle());
    }

    private List<AccountgesprekRegel> metNamen(List<Accountgesprek> lijst) {
        HuidigeGebruiker gebruiker = lezer();
        Map<Long, Organisatie> perId = organisaties.findAllById(lijst.stream().map(Accountgesprek::getOrganisatieId)
                .distinct().toList()).stream().collect(Collectors.toMap(Organisatie::getId, Function.identity()));
        return lijst.stream().filter(g -> magZien(gebruiker, perId.get(g.getOrganisatieId()))
                        && vanEigenGemeenteOfRegio(gebruiker, g))
                .map(g -> g.alsRegel(perId.get(g.getOrganisatieId()).getNaam())).toList();
    }

    private Organisatie inScope(long organisatieId) {
        HuidigeGebruiker gebruiker = lezer();
        Organisatie organisatie = organisaties.findById(organisatieId).orElseThrow(Toegang::geweigerd);
        if (!magZien(gebruiker, organisatie)) {
            throw Toegang.geweigerd();
        }
        return organisatie;
    }

    static boolean magZien(HuidigeGebruiker gebruiker, Organisatie organisatie) {
        return gebruiker.scope().omvat(organisatie);
    }

    static boolean vanEigenGemeenteOfRegio(HuidigeGebruiker gebruiker, Accountgesprek gesprek) {
        return gesprek.getGemeenteId() == null || gebruiker.scope().omvatGemeente(gesprek.getGemeenteId());
    }

    /** The gemeente a gesprek recorded in this scope belongs to: none for the region, else the scope's gemeente. */
    static Long vastleggendeGemeente(Scope scope) {
        return scope.gemeenteGrens();
    }

    private HuidigeGebruiker lezer() {
        HuidigeGebruiker gebruiker = toegang.huidigeGebruiker();
        if (!leestGesprekken(gebruiker)) {
            throw Toegang.geweigerd();
        }
        return gebruiker;
    }

    /** Those with the gemeente figures (the region and agendahouders) read accountgesprekken; nobody else. */
    static boolean leestGesprekken(HuidigeGebruiker gebruiker) {
        return gebruiker.mag(Rechten.GEMEENTECIJFERS);
    }
}
