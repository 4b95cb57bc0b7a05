package nl.gezin1plan.monitor.checklist;

import java.util.List;

/**
 * A gemeente in one year: its own checklist's progress and that of each afdeling, side by side, with the
 * people who hold the agendahouder and aandachtsfunctionaris roles. A gemeente or afdeling without one is
 * flagged, as the handreiking asks for at least one of each.
 */
public record GemeenteOverzicht(long gemeenteId, String gemeenteNaam, int jaar, List<String> agendahouders,
                                ChecklistSamenvatting checklist, List<AfdelingRegel> afdelingen) {

    public boolean zonderAgendahouder() {
        return agendahouders.isEmpty();
    }

    public record AfdelingRegel(long afdelingId, String naam, List<String> aandachtsfunctionarissen,
                                ChecklistSamenvatting checklist) {

        public boolean zonderAandachtsfunctionaris() {
            return aandachtsfunctionarissen.isEmpty();
        }
    }
}
