package nl.gezin1plan.monitor.checklist.ui;

import java.time.LocalDate;
import nl.gezin1plan.monitor.checklist.ItemStatus;
import nl.gezin1plan.monitor.checklist.ItemWijziging;

/** The mutable form bean behind {@link ItemDialog}; the rules live in {@link ItemWijziging}. */
class ItemWijzigingFormulier {

    private String geplandeActie;
    private String verantwoordelijke;
    private LocalDate planning;
    private ItemStatus status;
    private String reden;
    private String notitie;

    static ItemWijzigingFormulier van(ItemWijziging w) {
        ItemWijzigingFormulier f = new ItemWijzigingFormulier();
        f.geplandeActie = leeg(w.geplandeActie());
        f.verantwoordelijke = leeg(w.verantwoordelijke());
        f.planning = w.planning();
        f.status = w.status();
        f.reden = leeg(w.redenNietVanToepassing());
        f.notitie = leeg(w.notitie());
        return f;
    }

    private static String leeg(String waarde) {
        return waarde == null ? "" : waarde;
    }

    String getGeplandeActie() {
        return geplandeActie;
    }

    void setGeplandeActie(String geplandeActie) {
        this.geplandeActie = geplandeActie;
    }

    String getVerantwoordelijke() {
        return verantwoordelijke;
    }

    void setVerantwoordelijke(String verantwoordelijke) {
        this.verantwoordelijke = verantwoordelijke;
    }

    LocalDate getPlanning() {
        return planning;
    }

    void setPlanning(LocalDate planning) {
        this.planning = planning;
    }

    ItemStatus getStatus() {
        return status;
    }

    void setStatus(ItemStatus status) {
        this.status = status;
    }

    String getReden() {
        return reden;
    }

    void setReden(String reden) {
        this.reden = reden;
    }

    String getNotitie() {
        return notitie;
    }

    void setNotitie(String notitie) {
        this.notitie = notitie;
    }
}
