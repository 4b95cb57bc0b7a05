package nl.gezin1plan.monitor.jaarrapport;

import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.gezin1plan.monitor.base.Jaartal;
import nl.gezin1plan.monitor.base.OngeldigeInvoer;
import nl.gezin1plan.monitor.checklist.ChecklistEigenaar;
import nl.gezin1plan.monitor.checklist.ChecklistService;
import nl.gezin1plan.monitor.checklist.GemeenteOverzicht;
import nl.gezin1plan.monitor.checklist.GemeenteOverzichtService;
import nl.gezin1plan.monitor.checklist.ItemRegel;
import nl.gezin1plan.monitor.keurmerk.CriteriumUitslag;
import nl.gezin1plan.monitor.keurmerk.Uitkomst;
import nl.gezin1plan.monitor.rapportage.EvaluatieService;
import nl.gezin1plan.monitor.rapportage.OrganisatieVoortgangService;
import nl.gezin1plan.monitor.security.Rechten;
import nl.gezin1plan.monitor.security.Scope;
import nl.gezin1plan.monitor.security.Toegang;
import nl.gezin1plan.monitor.uitvraag.UitvraagFilter;
import nl.gezin1plan.monitor.uitvraag.UitvraagStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Gathers a gemeente's yearly report from the services that own the figures. The agendahouder gets their own
 * gemeente; the beheerder and account managers any gemeente they name; nobody else any.
 */
@Service
@Transactional(readOnly = true)
@RolesAllowed(Rechten.GEMEENTECIJFERS)
public class JaarrapportService {

    private final GemeenteOverzichtService gemeenten;
    private final ChecklistService checklists;
    private final OrganisatieVoortgangService voortgang;
    private final EvaluatieService evaluaties;
    private final Toegang toegang;
    private final Clock clock;

    JaarrapportService(GemeenteOverzichtService gemeenten, ChecklistService checklists, OrganisatieVoortgangService voortgang,
                       EvaluatieService evaluaties, Toegang toegang, Clock clock) {
        this.gemeenten = gemeenten;
        this.checklists = checklists;
        this.voortgang = voortgang;
        this.evaluaties = evaluaties;
        this.toegang = toegang;
        this.clock = clock;
    }

    /** The report of {@code gemeenteId} (null: the agendahouder's own gemeente) for {@code jaar}. */
    public Jaarrapport jaarrapport(Long gemeenteId, int jaar) {
        Map<String, String> fouten = new LinkedHashMap<>();
        Jaartal.controleer(jaar, "jaar", fouten);
        if (!fouten.isEmpty()) {
            throw new OngeldigeInvoer(fouten);
        }
        long gemeente = gemeenteVan(toegang.huidigeGebruiker().scope(), gemeenteId);
        GemeenteOverzicht overzicht = gemeenten.overzicht(gemeente, jaar);
        List<ItemRegel> open = checklists.open(ChecklistEigenaar.gemeente(gemeente), jaar)
                .map(c -> c.items().stream().filter(JaarrapportService::isOpenActie).toList()).orElse(List.of());
        UitvraagFilter vanGemeente = UitvraagFilter.ALLES.voorGemeente(gemeente);
        Map<UitvraagStatus, Long> perStatus = new EnumMap<>(UitvraagStatus.class);
        for (UitvraagStatus status : UitvraagStatus.values()) {
            perStatus.put(status, 0L);
        }
        Map<String, Map<Uitkomst, Long>> keurmerk = new LinkedHashMap<>();
        long[] telling = new long[4];
        voortgang.exporteer(jaar, vanGemeente, regel -> {
            perStatus.merge(regel.status(), 1L, Long::sum);
            telling[0]++;
            if (regel.keurmerk().totaal() == Uitkomst.VOLDAAN) {
                telling[1]++;
            }
            if (regel.vorigJaar() != null) {
                telling[2]++;
                if (regel.vorigJaar().keurmerk() == Uitkomst.VOLDAAN) {
                    telling[3]++;
                }
            }
            for (CriteriumUitslag criterium : regel.keurmerk().criteria()) {
                keurmerk.computeIfAbsent(criterium.criterium().sleutel() + " " + criterium.criterium().naam(),
                        c -> new EnumMap<>(Uitkomst.class)).merge(criterium.uitkomst(), 1L, Long::sum);
            }
        });
        return new Jaarrapport(gemeente, overzicht.gemeenteNaam(), jaar, LocalDate.now(clock), overzicht,
                gemeenten.overzicht(gemeente, jaar - 1), open,
                new Jaarrapport.Uitvraag(perStatus, telling[0], telling[1], telling[2], telling[3],
                        voortgang.aantal(jaar - 1, vanGemeente),
                        voortgang.aantal(jaar - 1, vanGemeente.metStatus(UitvraagStatus.INGEDIEND))), keurmerk,
                evaluaties.evaluatie(gemeente, jaar));
    }

    /** An item still open for which an action or a date was planned; untouched items are no action yet. */
    private static boolean isOpenActie(ItemRegel item) {
        return item.status().isOpen() && (item.geplandeActie() != null || item.planning() != null);
    }

    /** A gemeente scope gets its own gemeente (another is refused); the region names one; anyone else none. */
    private static long gemeenteVan(Scope scope, Long gevraagd) {
        return switch (scope) {
            case Scope.Gemeente eigen -> {
                if (gevraagd != null && gevraagd != eigen.gemeenteId()) {
                    throw Toegang.geweigerd();
                }
                yield eigen.gemeenteId();
            }
            case Scope.Regio regio -> {
                if (gevraagd == null) {
                    throw new OngeldigeInvoer(Map.of("gemeente", "Kies een gemeente."));
                }
                yield gevraagd;
            }
            case Scope.Afdeling afdeling -> throw Toegang.geweigerd();
            case Scope.Organisatie organisatie -> throw Toegang.geweigerd();
            case Scope.Geen geen -> throw Toegang.geweigerd();
        };
    }
}
