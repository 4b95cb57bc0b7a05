package nl.gezin1plan.monitor.herinnering;

import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.gezin1plan.monitor.audit.AuditService;
import nl.gezin1plan.monitor.audit.AuditSoort;
import nl.gezin1plan.monitor.base.OngeldigeInvoer;
import nl.gezin1plan.monitor.herinnering.Herinneringen.Ronde;
import nl.gezin1plan.monitor.security.HuidigeGebruiker;
import nl.gezin1plan.monitor.security.Rechten;
import nl.gezin1plan.monitor.security.Toegang;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A round's reminder schedule, and when organisations last got a reminder. */
@Service
@Transactional
@RolesAllowed(Rechten.GEMEENTECIJFERS)
public class HerinneringService {

    private static final int MEESTE_MOMENTEN = 5;

    private final HerinneringSchemaRepository schemas;
    private final Herinneringen herinneringen;
    private final AuditService audit;
    private final Toegang toegang;
    private final Clock clock;

    HerinneringService(HerinneringSchemaRepository schemas, Herinneringen herinneringen, AuditService audit,
                       Toegang toegang, Clock clock) {
        this.schemas = schemas;
        this.herinneringen = herinneringen;
        this.audit = audit;
        this.toegang = toegang;
        this.clock = clock;
    }

    /** The year's schedule, for the beheerder, account managers and agendahouders; refused when the round is not open. */
    @Transactional(readOnly = true)
    public HerinneringSchemaWeergave schema(int jaar) {
        HuidigeGebruiker gebruiker = staf();
        Ronde ronde = herinneringen.ronde(jaar).orElseThrow(Toegang::geweigerd);
        var opgeslagen = schemas.findById(ronde.id());
        Momenten momenten = opgeslagen.map(HerinneringSchema::momenten).orElse(Momenten.STANDAARD);
        LocalDate vandaag = LocalDate.now(clock);
        LocalDate volgende = HerinneringVerzender.wordtNagejaagd(jaar, vandaag)
                ? momenten.volgende(ronde.deadline(), ronde.opent(), vandaag).orElse(null) : null;
        return new HerinneringSchemaWeergave(jaar, momenten.dagenVoorTekst(), momenten.herhaalDagen(),
                momenten.maximum(), volgende,
                opgeslagen.map(HerinneringSchema::getGewijzigdDoor).orElse(null),
                opgeslagen.map(HerinneringSchema::getGewijzigdOp).orElse(null), magWijzigen(gebruiker, ronde));
    }

    /**
     * Sets the year's schedule: days before the deadline as "14, 3" (each 1 to 90, at most five), repeat after the
     * deadline every 0 (not) to 90 days, at most 0 to 20 reminders per uitvraag. Only the agendahouder who opened the
     * round and the beheerder may.
     */
    public HerinneringSchemaWeergave wijzigSchema(int jaar, String dagenVoor, Integer herhaalDagen, Integer maximum) {
        HuidigeGebruiker gebruiker = staf();
        Ronde ronde = herinneringen.ronde(jaar).orElseThrow(Toegang::geweigerd);
        if (!magWijzigen(gebruiker, ronde)) {
            throw Toegang.geweigerd();
        }
        Momenten momenten = controleer(dagenVoor, herhaalDagen, maximum);
        HerinneringSchema schema = schemas.findById(ronde.id()).orElseGet(() -> new HerinneringSchema(ronde.id()));
        schema.wijzig(momenten, gebruiker.gebruikersnaam(), clock.instant());
        schemas.save(schema);
        audit.legVast(AuditSoort.HERINNERINGSCHEMA, "Herinneringen uitvraag " + jaar + ": "
                + (momenten.dagenVoor().isEmpty() ? "geen" : momenten.dagenVoorTekst()) + " dagen voor de uiterste datum, "
                + (momenten.herhaalDagen() == 0 ? "daarna niet herhaald"
                        : "daarna elke " + momenten.herhaalDagen() + " dagen") + ", hoogstens " + momenten.maximum());
        return schema(jaar);
    }

    /**
     * When each organisation of the year's round last got a reminder, for the organisations in the caller's scope:
     * the region's for the beheerder and account managers, those working for their gemeente for an agendahouder.
     */
    @Transactional(readOnly = true)
    public Map<Long, Instant> laatsteHerinneringen(int jaar) {
        return herinneringen.laatste(jaar, staf().scope().gemeenteGrens());
    }

    private HuidigeGebruiker staf() {
        return toegang.met(Rechten.GEMEENTECIJFERS);
    }

    /** Those who judge the round: for the whole region, or else only the one who opened it. */
    private static boolean magWijzigen(HuidigeGebruiker gebruiker, Ronde ronde) {
        return gebruiker.mag(Rechten.BEOORDELEN)
                && (gebruiker.scope().isRegio() || gebruiker.gebruikersnaam().equals(ronde.geopendDoor()));
    }

    private static Momenten controleer(String dagenVoor, Integer herhaalDagen, Integer maximum) {
        Map<String, String> fouten = new LinkedHashMap<>();
        List<Integer> dagen = new ArrayList<>();
        for (String deel : dagenVoor == null ? new String[0] : dagenVoor.split("[,;\\s]+")) {
            if (deel.isBlank()) {
                continue;
            }
            if (!deel.matches("[0-9]{1,4}")) {
                fouten.put("dagenVoor", "Vul hele dagen in, gescheiden door komma's, bijvoorbeeld 14, 3.");
                break;
            }
            dagen.add(Integer.parseInt(deel));
        }
        if (!fouten.containsKey("dagenVoor")) {
            if (dagen.stream().anyMatch(d -> d < 1 || d > 90)) {
                fouten.put("dagenVoor", "Elk aantal dagen voor de uiterste datum ligt tussen 1 en 90.");
            } else if (dagen.stream().distinct().count() < dagen.size()) {
                fouten.put("dagenVoor", "Noem elk aantal dagen één keer.");
            } else if (dagen.size() > MEESTE_MOMENTEN) {
                fouten.put("dagenVoor", "Kies hoogstens " + MEESTE_MOMENTEN + " momenten voor de uiterste datum.");
            }
        }
        if (herhaalDagen == null || herhaalDagen < 0 || herhaalDagen > 90) {
            fouten.put("herhaalDagen", "Herhaal na de uiterste datum elke 1 tot 90 dagen, of vul 0 in voor niet herhalen.");
        }
        if (maximum == null || maximum < 0 || maximum > 20) {
            fouten.put("maximum", "Het aantal herinneringen per organisatie ligt tussen 0 en 20.");
        }
        if (!fouten.isEmpty()) {
            throw new OngeldigeInvoer(fouten);
        }
        return new Momenten(dagen, herhaalDagen, maximum);
    }
}
