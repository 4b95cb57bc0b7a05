package nl.gezin1plan.monitor.audit;

import java.time.Clock;
import java.util.List;
import nl.gezin1plan.monitor.organisatie.AfdelingRepository;
import nl.gezin1plan.monitor.organisatie.Gemeente;
import nl.gezin1plan.monitor.organisatie.GemeenteRepository;
import nl.gezin1plan.monitor.organisatie.Rol;
import nl.gezin1plan.monitor.security.HuidigeGebruiker;
import nl.gezin1plan.monitor.security.Toegang;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The audit log: the beheerder reads and filters it; logins, exports and imports are recorded here. */
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

    /** One page of the audit log, newest first; only for the beheerder. */
    @Transactional(readOnly = true)
    public List<AuditRegel> zoek(AuditFilter filter, int offset, int limit) {
        toegang.beheerder();
        return log.pagina(filter, offset, limit);
    }

    @Transactional(readOnly = true)
    public int tel(AuditFilter filter) {
        toegang.beheerder();
        return log.aantal(filter);
    }

    /** Records that the logged-in user downloaded an export, with what it held and the user's scope. */
    public void legExportVast(String omschrijving) {
        legVastMetBereik(AuditSoort.EXPORT, omschrijving);
    }

    /** Records that the logged-in user imported a file, with what became of its rows. */
    public void legImportVast(String omschrijving) {
        legVastMetBereik(AuditSoort.IMPORT, omschrijving);
    }

    private void legVastMetBereik(AuditSoort soort, String omschrijving) {
        HuidigeGebruiker gebruiker = toegang.huidigeGebruiker();
        legVast(soort, gebruiker.gebruikersnaam(), gebruiker.rol(), omschrijving + "; bereik: " + bereik(gebruiker));
    }

    void legVast(AuditSoort soort, String gebruikersnaam, Rol rol, String omschrijving) {
        gebeurtenissen.save(new AuditGebeurtenis(clock.instant(), gebruikersnaam, rol, soort, omschrijving));
    }

    private String bereik(HuidigeGebruiker gebruiker) {
        if (gebruiker.afdelingId() != null) {
            return afdelingen.findById(gebruiker.afdelingId())
                    .map(a -> "afdeling " + a.getNaam() + " (" + a.getGemeente().getNaam() + ")").orElse("afdeling");
        }
        if (gebruiker.gemeenteId() != null) {
            return gemeenten.findById(gebruiker.gemeenteId()).map(Gemeente::getNaam).map(n -> "gemeente " + n)
                    .orElse("gemeente");
        }
        return gebruiker.isRegionaal() ? "hele regio" : "eigen organisatie";
    }
}
