package nl.gezin1plan.monitor.rapportage;

import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Map;
import nl.gezin1plan.monitor.audit.AuditService;
import nl.gezin1plan.monitor.audit.AuditSoort;
import nl.gezin1plan.monitor.base.OngeldigeInvoer;
import nl.gezin1plan.monitor.base.ui.Formaat;
import nl.gezin1plan.monitor.organisatie.Gemeente;
import nl.gezin1plan.monitor.organisatie.GemeenteRepository;
import nl.gezin1plan.monitor.security.HuidigeGebruiker;
import nl.gezin1plan.monitor.security.Rechten;
import nl.gezin1plan.monitor.security.Toegang;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * One place for the yearly evaluation of a gemeente: client panels and dialoogsessies. The agendahouder records
 * them for their own gemeente; the beheerder for any; account managers read.
 */
@Service
@Transactional
@RolesAllowed(Rechten.GEMEENTECIJFERS)
public class EvaluatieService {

    public record Evaluatie(long gemeenteId, int jaar, List<KlantpanelGegevens> klantpanels,
                            List<DialoogsessieGegevens> dialoogsessies, boolean wijzigbaar) {
    }

    private final KlantpanelRepository klantpanels;
    private final DialoogsessieRepository dialoogsessies;
    private final GemeenteRepository gemeenten;
    private final Toegang toegang;
    private final AuditService audit;

    EvaluatieService(KlantpanelRepository klantpanels, DialoogsessieRepository dialoogsessies,
                     GemeenteRepository gemeenten, Toegang toegang, AuditService audit) {
        this.klantpanels = klantpanels;
        this.dialoogsessies = dialoogsessies;
        this.gemeenten = gemeenten;
        this.toegang = toegang;
        this.audit = audit;
    }

    @Transactional(readOnly = true)
    public Evaluatie evaluatie(long gemeenteId, int jaar) {
        HuidigeGebruiker gebruiker = toegang.huidigeGebruiker();
        if (!magLezen(gebruiker, gemeenteId)) {
            throw Toegang.geweigerd();
        }
        return new Evaluatie(gemeenteId, jaar,
                klantpanels.findByGemeenteIdAndJaarOrderByDatum(gemeenteId, jaar).stream().map(Klantpanel::alsGegevens).toList(),
                dialoogsessies.findByGemeenteIdAndJaarOrderByDatum(gemeenteId, jaar).stream()
                        .map(Dialoogsessie::alsGegevens).toList(), magWijzigen(gebruiker, gemeenteId));
    }

    @RolesAllowed(Rechten.BEOORDELEN)
    public void legKlantpanelVast(long gemeenteId, int jaar, KlantpanelGegevens gegevens) {
        String door = wijziger(gemeenteId, gegevens.fouten());
        klantpanels.save(new Klantpanel(gemeenteId, jaar, gegevens, door));
        audit.legVast(AuditSoort.EVALUATIE, "Klantpanel van " + Formaat.datum(gegevens.datum()) + " vastgelegd voor "
                + gemeenteNaam(gemeenteId) + " " + jaar);
    }

    @RolesAllowed(Rechten.BEOORDELEN)
    public void legDialoogsessieVast(long gemeenteId, int jaar, DialoogsessieGegevens gegevens) {
        String door = wijziger(gemeenteId, gegevens.fouten());
        dialoogsessies.save(new Dialoogsessie(gemeenteId, jaar, gegevens, door));
        audit.legVast(AuditSoort.EVALUATIE, "Dialoogsessie van " + Formaat.datum(gegevens.datum()) + " vastgelegd voor "
                + gemeenteNaam(gemeenteId) + " " + jaar);
    }

    private String gemeenteNaam(long gemeenteId) {
        return gemeenten.findById(gemeenteId).map(Gemeente::getNaam).orElse("gemeente " + gemeenteId);
    }

    private String wijziger(long gemeenteId, Map<String, String> fouten) {
        HuidigeGebruiker gebruiker = toegang.huidigeGebruiker();
        if (!magWijzigen(gebruiker, gemeenteId)) {
            throw Toegang.geweigerd();
        }
        if (!fouten.isEmpty()) {
            throw new OngeldigeInvoer(fouten);
        }
        return gebruiker.gebruikersnaam();
    }

    private static boolean magLezen(HuidigeGebruiker gebruiker, long gemeenteId) {
        return gebruiker.mag(Rechten.GEMEENTECIJFERS) && gebruiker.scope().omvatGemeente(gemeenteId);
    }

    private static boolean magWijzigen(HuidigeGebruiker gebruiker, long gemeenteId) {
        return gebruiker.mag(Rechten.BEOORDELEN) && gebruiker.scope().omvatGemeente(gemeenteId);
    }
}
