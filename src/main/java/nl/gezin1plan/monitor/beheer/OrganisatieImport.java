package nl.gezin1plan.monitor.beheer;

import jakarta.annotation.security.RolesAllowed;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.gezin1plan.monitor.audit.AuditService;
import nl.gezin1plan.monitor.base.OngeldigeInvoer;
import nl.gezin1plan.monitor.organisatie.GemeenteRepository;
import nl.gezin1plan.monitor.security.Rechten;
import nl.gezin1plan.monitor.security.Scope;
import nl.gezin1plan.monitor.security.Toegang;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.unit.DataSize;

/**
 * Imports the organisation lists account managers keep into the register, within the same scope as
 * {@link OrganisatieRegisterService}. The file is read as a stream, no further than the maximum size and row count;
 * rows are saved in batches, each batch one transaction.
 */
@Service
@RolesAllowed(Rechten.ORGANISATIEREGISTER)
@EnableConfigurationProperties(ImportInstellingen.class)
public class OrganisatieImport {

    static final int RIJEN_PER_TRANSACTIE = 500;
    static final String NIET_OPGESLAGEN = "De database weigerde deze regel (bijvoorbeeld omdat tegelijk dezelfde "
            + "organisatie werd opgeslagen); er is niets van opgeslagen.";

    private final ImportOpslag opslag;
    private final GemeenteRepository gemeenten;
    private final Toegang toegang;
    private final AuditService audit;
    private final ImportInstellingen instellingen;
    private final TransactionTemplate transactie;

    OrganisatieImport(ImportOpslag opslag, GemeenteRepository gemeenten, Toegang toegang, AuditService audit,
                      ImportInstellingen instellingen, PlatformTransactionManager transacties) {
        this.opslag = opslag;
        this.gemeenten = gemeenten;
        this.toegang = toegang;
        this.audit = audit;
        this.instellingen = instellingen;
        this.transactie = new TransactionTemplate(transacties);
    }

    /** The largest file the import reads. */
    public DataSize maximaleGrootte() {
        return instellingen.maximaleGrootte();
    }

    public ImportRapport importeer(String bestandsnaam, InputStream bestand) {
        return importeer(bestandsnaam, bestand, ImportVoortgang.GEEN);
    }

    /**
     * Each row is added, updated (matched on KvK-nummer, else on name) or refused with the reason; a row is saved
     * whole or not at all. A file that cannot be read, is too large or has too many rows imports nothing.
     */
    public ImportRapport importeer(String bestandsnaam, InputStream bestand, ImportVoortgang voortgang) {
        Scope scope = toegang.met(Rechten.ORGANISATIEREGISTER).scope();
        ImportRapport rapport = importeer(OrganisatieCsv.lees(bestand, instellingen), scope, voortgang);
        audit.legImportVast(bestandsnaam, rapport.regels().size(), "Organisaties: " + (rapport.bestandsfout() != null
                ? rapport.bestandsfout()
                : rapport.aantal(ImportRapport.Uitkomst.TOEGEVOEGD) + " toegevoegd, "
                + rapport.aantal(ImportRapport.Uitkomst.BIJGEWERKT) + " bijgewerkt, "
                + rapport.aantal(ImportRapport.Uitkomst.GEWEIGERD) + " geweigerd"));
        return rapport;
    }

    private ImportRapport importeer(OrganisatieCsv.Gelezen gelezen, Scope scope, ImportVoortgang voortgang) {
        if (gelezen.fout() != null) {
            return ImportRapport.fout(gelezen.fout());
        }
        if (gelezen.rijen().isEmpty()) {
            return ImportRapport.fout("Het bestand bevat geen organisaties onder de kopregel.");
        }
        Map<String, Long> gemeenteIds = new HashMap<>();
        gemeenten.findAll().forEach(g -> gemeenteIds.put(g.getNaam().toLowerCase(Locale.ROOT), g.getId()));
        List<ImportRapport.Regel> regels = new ArrayList<>();
        List<OrganisatieImportRij> goed = new ArrayList<>();
        for (OrganisatieCsv.Rij rij : gelezen.rijen()) {
            try {
                goed.add(OrganisatieImportRij.van(rij, scope, gemeenteIds));
            } catch (OngeldigeInvoer e) {
                regels.add(new ImportRapport.Regel(rij.regelnummer(), rij.get(OrganisatieCsv.NAAM),
                        ImportRapport.Uitkomst.GEWEIGERD, String.join(" ", e.fouten().values())));
            }
        }
        int totaal = gelezen.rijen().size();
        voortgang.meld(regels.size(), totaal);
        for (int van = 0; van < goed.size(); van += RIJEN_PER_TRANSACTIE) {
            regels.addAll(bewaar(goed.subList(van, Math.min(goed.size(), van + RIJEN_PER_TRANSACTIE)), scope));
            voortgang.meld(regels.size(), totaal);
        }
        regels.sort(Comparator.comparingLong(ImportRapport.Regel::regelnummer));
        return new ImportRapport(null, regels);
    }

    /** A batch the database refuses is saved again row by row, so that one row does not cost the others. */
    private List<ImportRapport.Regel> bewaar(List<OrganisatieImportRij> rijen, Scope scope) {
        try {
            return transactie.execute(status -> opslag.bewaar(rijen, scope));
        } catch (DataIntegrityViolationException | ConcurrencyFailureException e) {
            if (rijen.size() == 1) {
                OrganisatieImportRij rij = rijen.getFirst();
                return List.of(new ImportRapport.Regel(rij.regelnummer(), rij.gegevens().naam(),
                        ImportRapport.Uitkomst.GEWEIGERD, NIET_OPGESLAGEN));
            }
            return rijen.stream().flatMap(rij -> bewaar(List.of(rij), scope).stream()).toList();
        }
    }
}
