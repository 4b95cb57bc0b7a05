package nl.gezin1plan.monitor.checklist;

import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import nl.gezin1plan.monitor.organisatie.Gemeente;
import nl.gezin1plan.monitor.organisatie.GemeenteRepository;
import nl.gezin1plan.monitor.security.HuidigeGebruiker;
import nl.gezin1plan.monitor.security.Rechten;
import nl.gezin1plan.monitor.security.Toegang;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** All checklist items of a year within the current user's scope, for the CSV export. */
@Service
@Transactional(readOnly = true)
@RolesAllowed(Rechten.CHECKLISTS)
public class ChecklistExportService {

    private final ChecklistRepository checklists;
    private final ChecklistItemRepository items;
    private final GemeenteRepository gemeenten;
    private final Toegang toegang;

    ChecklistExportService(ChecklistRepository checklists, ChecklistItemRepository items,
                           GemeenteRepository gemeenten, Toegang toegang) {
        this.checklists = checklists;
        this.items = items;
        this.gemeenten = gemeenten;
        this.toegang = toegang;
    }

    /**
     * Hands every item of the year to {@code regels}, gemeente by gemeente, within the caller's scope: the region, a
     * gemeente with its afdelingen, or one afdeling.
     */
    public void exporteer(int jaar, Consumer<ChecklistExportRegel> regels) {
        HuidigeGebruiker gebruiker = toegang.huidigeGebruiker();
        Long grens = gebruiker.scope().gemeenteGrens();
        List<Long> gemeenteIds = grens == null
                ? gemeenten.findAllByOrderByNaam().stream().map(Gemeente::getId).toList() : List.of(grens);
        List<Checklist> lijsten = checklists.findByJaarInGemeenten(jaar, gemeenteIds).stream()
                .filter(c -> ChecklistToegang.magLezen(gebruiker, c.getEigenaar(), c.getGemeente().getId()))
                .toList();
        if (lijsten.isEmpty()) {
            return;
        }
        Map<Long, List<ChecklistItem>> perChecklist = items.findByChecklists(lijsten.stream().map(Checklist::getId)
                .toList()).stream().collect(Collectors.groupingBy(i -> i.getChecklist().getId()));
        for (Checklist checklist : lijsten) {
            for (ChecklistItem item : perChecklist.getOrDefault(checklist.getId(), List.of())) {
                regels.accept(new ChecklistExportRegel(checklist.getGemeente().getNaam(),
                        checklist.getAfdeling() == null ? null : checklist.getAfdeling().getNaam(),
                        checklist.getSoort(), checklist.getVersie().getNaam(), checklist.getJaar(),
                        ItemRegel.van(item)));
            }
        }
    }
}
