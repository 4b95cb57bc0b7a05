package nl.gezin1plan.monitor.audit;

import java.time.Clock;
import java.util.List;
import nl.gezin1plan.monitor.organisatie.AfdelingRepository;
import nl.gezin1plan.monitor.organisatie.Gemeente;
import nl.gezin1plan.monitor.organisatie.GemeenteRepository;
import nl.gezin1plan.monitor.organisatie.Rol;
import nl.gezin1plan.monitor.security.HuidigeGebruiker;
import nl.gezin1plan.monitor.security.Rechten;
import nl.gezin1plan.monitor.security.Scope;
import nl.gezin1plan.monitor.security.Toegang;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The audit log: the beheerder reads and filters it; logins, exports and imports are recorded here. Not annotated with
 * the right to read it: recording runs for people who are not logged in (yet), and reading it anonymously is refused
 * here with the same {@code AccessDeniedException} as for anyone without the right.
 */
@Service
@Transactional
public class AuditService {

    private final AuditGebeurtenisRepository gebeurtenissen;
    private final AuditLog log;
    private final GemeenteRepository gemeenten;
    private final AfdelingRepository afdelingen;
    private final Toegang toegang;
    private final Clock clock;

    AuditService(AuditGebeurtenisRepository gebeurtenissen, AuditLog log, GemeenteRepository gemeenten,
                 AfdelingRepository afdelingen, Toegang toegang, Clock clock) {
        this.gebeurtenissen = gebeurtenissen;
        this.log = log;
        this.gemeenten = gemeenten;
        this.afdelingen = afdelingen;
        this.toegang = toegang;
        this.clock = clock;
    }

    /** One page of the audit log, newest first; only with the right to beheer. */
    @Transactional(readOnly = true)
    public List<AuditRegel> zoek(AuditFilter filter, int offset, int limit) {
        toegang.met(Rechten.BEHEER);
        return log.pagina(filter, offset, limit);
    }

    @Transactional(readOnly = true)
    public int tel(AuditFilter filter) {
        toegang.met(Rechten.BEHEER);
        return log.aantal(filter);
    }

    /**
     * Records that the logged-in user downloaded an export: the file, the rows written and the user's scope each in
     * a column of their own, the filters as text that is shortened when it is too long.
     */
    public void legExportVast(String bestand, String filters, long regels, boolean afgebroken) {
        HuidigeGebruiker gebruiker = toegang.huidigeGebruiker();
        String omschrijving = (afgebroken ? "Afgebroken; " : "") + (filters.isBlank() ? "zonder filters" : filters);
        gebeurtenissen.save(AuditGebeurtenis.export(clock.instant(), gebruiker.gebruikersnaam(), gebruiker.rol(),
                bestand, regels, bereik(gebruiker), omschrijving));
    }

    /** Records that the logged-in user imported a file: the file, its rows and the user's scope in columns of their own. */
    public void legImportVast(String bestand, long regels, String uitkomst) {
        HuidigeGebruiker gebruiker = toegang.huidigeGebruiker();
        gebeurtenissen.save(AuditGebeurtenis.metBestand(AuditSoort.IMPORT, clock.instant(), gebruiker.gebruikersnaam(),
                gebruiker.rol(), bestand, regels, bereik(gebruiker), uitkomst));
    }

    /** Records what the logged-in user did, described in words, for what no history of its own keeps. */
    public void legVast(AuditSoort soort, String omschrijving) {
        HuidigeGebruiker gebruiker = toegang.huidigeGebruiker();
        legVast(soort, gebruiker.gebruikersnaam(), gebruiker.rol(), omschrijving);
    }

    /** Records what a person did who is not logged in (yet), e.g. asking for a password reset or accepting an invitation; rol may be null. */
    public void legVast(AuditSoort soort, String gebruikersnaam, Rol rol, String omschrijving) {
        gebeurtenissen.save(new AuditGebeurtenis(clock.instant(), gebruikersnaam, rol, soort, omschrijving));
    }

    /** The user's scope in words, as the audit log keeps it. */
    private String bereik(HuidigeGebruiker gebruiker) {
        return switch (gebruiker.scope()) {
            case Scope.Regio r -> "hele regio";
            case Scope.Gemeente g -> gemeenten.findById(g.gemeenteId()).map(Gemeente::getNaam)
                    .map(n -> "gemeente " + n).orElse("gemeente");
            case Scope.Afdeling a -> afdelingen.findById(a.afdelingId())
                    .map(af -> "afdeling " + af.getNaam() + " (" + af.getGemeente().getNaam() + ")").orElse("afdeling");
            case Scope.Organisatie o -> "eigen organisatie";
            case Scope.Geen g -> "geen";
        };
    }
}
