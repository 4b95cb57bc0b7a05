package nl.gezin1plan.monitor.checklist;

import nl.gezin1plan.monitor.bijlage.BijlageEigenaar;
import nl.gezin1plan.monitor.bijlage.BijlageSoort;
import nl.gezin1plan.monitor.security.HuidigeGebruiker;
import org.springframework.stereotype.Component;

/** Attachments on a checklist item follow the item's checklist: who may read it sees them, who may change it adds. */
@Component
class ChecklistBijlagen implements BijlageEigenaar {

    private final ChecklistItemRepository items;

    ChecklistBijlagen(ChecklistItemRepository items) {
        this.items = items;
    }

    @Override
    public BijlageSoort soort() {
        return BijlageSoort.CHECKLIST_ITEM;
    }

    @Override
    public boolean magLezen(HuidigeGebruiker gebruiker, long itemId) {
        return items.findById(itemId).map(ChecklistItem::getChecklist)
                .filter(c -> ChecklistToegang.magLezen(gebruiker, c.getEigenaar(), c.getGemeente().getId())).isPresent();
    }

    @Override
    public boolean magWijzigen(HuidigeGebruiker gebruiker, long itemId) {
        return items.findById(itemId).filter(i -> ChecklistToegang.magWijzigen(gebruiker, i.getChecklist().getEigenaar()))
                .isPresent();
    }

    @Override
    public String omschrijving(long itemId) {
        return items.findById(itemId).map(i -> "checklistitem " + i.getSjabloonItem().getSleutel() + " ("
                + i.getChecklist().getJaar() + ", " + naam(i.getChecklist()) + ")").orElse("checklistitem " + itemId);
    }

    private static String naam(Checklist checklist) {
        return checklist.getAfdeling() != null ? checklist.getAfdeling().getNaam() : checklist.getGemeente().getNaam();
    }
}
