package nl.gezin1plan.monitor.checklist;

import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import nl.gezin1plan.monitor.organisatie.Afdeling;
import nl.gezin1plan.monitor.organisatie.AfdelingRepository;
import nl.gezin1plan.monitor.organisatie.Gebruiker;
import nl.gezin1plan.monitor.organisatie.GebruikerRepository;
import nl.gezin1plan.monitor.organisatie.Gemeente;
import nl.gezin1plan.monitor.organisatie.GemeenteRepository;
import nl.gezin1plan.monitor.organisatie.Rol;
import nl.gezin1plan.monitor.security.Rechten;
import nl.gezin1plan.monitor.security.Scope;
import nl.gezin1plan.monitor.security.Toegang;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The agendahouder's view of a gemeente: gemeente checklist and afdelingen side by side. */
@Service
@Transactional(readOnly = true)
public class GemeenteOverzichtService {

    private final GemeenteRepository gemeenten;
    private final AfdelingRepository afdelingen;
    private final GebruikerRepository gebruikers;
    private final ChecklistRepository checklists;
    private final ChecklistItemRepository items;
    private final Toegang toegang;
    private final Clock clock;

    GemeenteOverzichtService(GemeenteRepository gemeenten, AfdelingRepository afdelingen,
                             GebruikerRepository gebruikers, ChecklistRepository checklists,
                             ChecklistItemRepository items, Toegang toegang, Clock clock) {
        this.gemeenten = gemeenten;
        this.afdelingen = afdelingen;
        this.gebruikers = gebruikers;
        this.checklists = checklists;
        this.items = items;
        this.toegang = toegang;
        this.clock = clock;
    }

    /** The gemeenten the current user's scope holds as a whole: all for the region, their own for a gemeente. */
    public List<GemeenteKeuze> gemeenten() {
        Scope scope = toegang.huidigeGebruiker().scope();
        return gemeenten.findAllByOrderByNaam().stream()
                .filter(g -> scope.omvatGemeente(g.getId()))
                .map(g -> new GemeenteKeuze(g.getId(), g.getNaam()))
                .toList();
    }

    @RolesAllowed(Rechten.GEMEENTECIJFERS)
    public GemeenteOverzicht overzicht(long gemeenteId, int jaar) {
        if (!toegang.huidigeGebruiker().scope().omvatGemeente(gemeenteId)) {
            throw Toegang.geweigerd();
        }
        Gemeente gemeente = gemeenten.findById(gemeenteId).orElseThrow(Toegang::geweigerd);
        LocalDate vandaag = LocalDate.now(clock);
        Map<String, ChecklistSamenvatting> samenvattingen = samenvattingen(jaar, gemeenteId, vandaag);
        List<Gebruiker> rolhouders = gebruikers.rolhoudersIn(List.of(gemeenteId),
                List.of(Rol.AGENDAHOUDER, Rol.AANDACHTSFUNCTIONARIS));
        List<String> agendahouders = rolhouders.stream()
                .filter(g -> g.getRol() == Rol.AGENDAHOUDER).map(Gebruiker::getNaam).toList();
        List<GemeenteOverzicht.AfdelingRegel> regels = new ArrayList<>();
        for (Afdeling afdeling : afdelingen.findByGemeenteIdOrderByNaam(gemeenteId)) {
            List<String> functionarissen = rolhouders.stream()
                    .filter(g -> g.getRol() == Rol.AANDACHTSFUNCTIONARIS
                            && g.getAfdeling().getId().equals(afdeling.getId()))
                    .map(Gebruiker::getNaam).toList();
            regels.add(new GemeenteOverzicht.AfdelingRegel(afdeling.getId(), afdeling.getNaam(), functionarissen,
                    samenvattingen.get(ChecklistEigenaar.afdeling(afdeling.getId()).sleutel())));
        }
        return new GemeenteOverzicht(gemeenteId, gemeente.getNaam(), jaar, agendahouders,
                samenvattingen.get(ChecklistEigenaar.gemeente(gemeenteId).sleutel()), regels);
    }

    /**
     * Every gemeente in the caller's scope side by side: its own checklist and the afdelingen together, in a
     * fixed number of queries.
     */
    @RolesAllowed(Rechten.GEMEENTECIJFERS)
    public List<GemeenteVoortgang> regioVoortgang(int jaar) {
        List<GemeenteKeuze> keuzes = gemeenten();
        if (keuzes.isEmpty()) {
            throw Toegang.geweigerd();
        }
        List<Long> ids = keuzes.stream().map(GemeenteKeuze::id).toList();
        List<Checklist> lijsten = checklists.findByJaarInGemeenten(jaar, ids);
        List<ChecklistItem> alleItems = lijsten.isEmpty() ? List.of()
                : items.findByChecklists(lijsten.stream().map(Checklist::getId).toList());
        Map<Long, List<ItemStatus>> perChecklist = alleItems.stream()
                .collect(Collectors.groupingBy(i -> i.getChecklist().getId(),
                        Collectors.mapping(ChecklistItem::getStatus, Collectors.toList())));
        LocalDate vandaag = LocalDate.now(clock);
        Map<Long, Long> verlopen = alleItems.stream()
                .filter(i -> i.isVerlopen(vandaag))
                .collect(Collectors.groupingBy(i -> i.getChecklist().getGemeente().getId(), Collectors.counting()));
        java.util.Set<Long> metAgendahouder = gebruikers.rolhoudersIn(ids, List.of(Rol.AGENDAHOUDER)).stream()
                .map(g -> g.getGemeente().getId()).collect(Collectors.toSet());
        List<GemeenteVoortgang> regels = new ArrayList<>();
        for (GemeenteKeuze gemeente : keuzes) {
            List<ItemStatus> eigen = new ArrayList<>();
            List<ItemStatus> afdelingenStatus = new ArrayList<>();
            for (Checklist checklist : lijsten) {
                if (checklist.getGemeente().getId() == gemeente.id()) {
                    (checklist.getAfdeling() == null ? eigen : afdelingenStatus)
                            .addAll(perChecklist.getOrDefault(checklist.getId(), List.of()));
                }
            }
            regels.add(new GemeenteVoortgang(gemeente.id(), gemeente.naam(),
                    eigen.isEmpty() ? null : Voortgang.van(eigen),
                    afdelingenStatus.isEmpty() ? null : Voortgang.van(afdelingenStatus),
                    verlopen.getOrDefault(gemeente.id(), 0L).intValue(), !metAgendahouder.contains(gemeente.id())));
        }
        return regels;
    }

    private Map<String, ChecklistSamenvatting> samenvattingen(int jaar, long gemeenteId, LocalDate vandaag) {
        List<Checklist> lijsten = checklists.findByJaarInGemeenten(jaar, List.of(gemeenteId));
        if (lijsten.isEmpty()) {
            return Map.of();
        }
        Map<Long, List<ItemRegel>> perChecklist = items.findByChecklists(lijsten.stream().map(Checklist::getId).toList())
                .stream()
                .collect(Collectors.groupingBy(i -> i.getChecklist().getId(),
                        Collectors.mapping(ItemRegel::van, Collectors.toList())));
        return lijsten.stream().collect(Collectors.toMap(c -> c.getEigenaar().sleutel(),
                c -> ChecklistSamenvatting.van(c.getId(), perChecklist.getOrDefault(c.getId(), List.of()), vandaag)));
    }
}
