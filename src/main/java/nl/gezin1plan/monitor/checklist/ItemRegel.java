package nl.gezin1plan.monitor.checklist;

import java.time.LocalDate;
import java.time.Instant;
import java.util.List;

/** A checklist item as the UI and the export show it: template content plus this year's tracking. */
public record ItemRegel(long id, long version, String themaCode, String themaNaam, int nummer, String tekst,
                        boolean optioneel, boolean keurmerk, List<String> subpunten, String advies,
                        String geplandeActie, String verantwoordelijke, LocalDate planning, ItemStatus status,
                        String redenNietVanToepassing, String notitie, String gewijzigdDoor,
                        Instant gewijzigdOp) {

    static ItemRegel van(ChecklistItem item) {
        SjabloonItem sjabloon = item.getSjabloonItem();
        return new ItemRegel(item.getId(), item.getVersion(), sjabloon.getThemaCode(), sjabloon.getThemaNaam(),
                sjabloon.getNummer(), sjabloon.getTekst(), sjabloon.isOptioneel(), sjabloon.isKeurmerk(),
                sjabloon.getSubpunten(), sjabloon.getAdvies(), item.getGeplandeActie(), item.getVerantwoordelijke(),
                item.getPlanning(), item.getStatus(), item.getRedenNietVanToepassing(), item.getNotitie(),
                item.getGewijzigdDoor(), item.getGewijzigdOp());
    }

    public String thema() {
        return themaCode + " " + themaNaam;
    }

    public String code() {
        return themaCode + nummer;
    }

    public boolean isVerlopen(LocalDate vandaag) {
        return planning != null && planning.isBefore(vandaag) && status.isOpen();
    }

    public ItemWijziging alsWijziging() {
        return new ItemWijziging(geplandeActie, verantwoordelijke, planning, status, redenNietVanToepassing, notitie);
    }
}
