package nl.gezin1plan.monitor.checklist;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;

/** One item of a yearly checklist: what is planned, who is responsible, by when, and how far it is. */
@Entity
@Audited
public class ChecklistItem {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @NotAudited
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    private Checklist checklist;

    @NotAudited
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    private SjabloonItem sjabloonItem;

    private String geplandeActie;

    private String verantwoordelijke;

    private LocalDate planning;

    @Enumerated(EnumType.STRING)
    private ItemStatus status = ItemStatus.NIET_GESTART;

    private String redenNietVanToepassing;

    private String notitie;

    private String gewijzigdDoor;

    @NotAudited
    private Instant gewijzigdOp;

    @Version
    private long version;

    protected ChecklistItem() {
    }

    ChecklistItem(Checklist checklist, SjabloonItem sjabloonItem) {
        this.checklist = checklist;
        this.sjabloonItem = sjabloonItem;
    }

    void neemOver(ChecklistItem vorigJaar) {
        this.geplandeActie = vorigJaar.geplandeActie;
        this.verantwoordelijke = vorigJaar.verantwoordelijke;
        this.planning = vorigJaar.planning;
        this.status = vorigJaar.status;
        this.notitie = vorigJaar.notitie;
    }

    /**
     * Takes over the change; true when it changes what the item's history keeps (every field but the moment), i.e.
     * when the history gets a new version.
     */
    boolean pasToe(ItemWijziging wijziging, String door, Instant op) {
        List<Object> voor = gehouden();
        this.geplandeActie = wijziging.geplandeActie();
        this.verantwoordelijke = wijziging.verantwoordelijke();
        this.planning = wijziging.planning();
        this.status = wijziging.status();
        this.redenNietVanToepassing = wijziging.status() == ItemStatus.NIET_VAN_TOEPASSING
                ? wijziging.redenNietVanToepassing() : null;
        this.notitie = wijziging.notitie();
        this.gewijzigdDoor = door;
        this.gewijzigdOp = op.truncatedTo(java.time.temporal.ChronoUnit.MICROS);
        return !voor.equals(gehouden());
    }

    /** The fields the history (Envers) keeps. */
    private List<Object> gehouden() {
        return Arrays.asList(geplandeActie, verantwoordelijke, planning, status, redenNietVanToepassing, notitie,
                gewijzigdDoor);
    }

    public boolean isVerlopen(LocalDate vandaag) {
        return planning != null && planning.isBefore(vandaag) && status.isOpen();
    }

    public Long getId() {
        return id;
    }

    public Checklist getChecklist() {
        return checklist;
    }

    public SjabloonItem getSjabloonItem() {
        return sjabloonItem;
    }

    public String getGeplandeActie() {
        return geplandeActie;
    }

    public String getVerantwoordelijke() {
        return verantwoordelijke;
    }

    public LocalDate getPlanning() {
        return planning;
    }

    public ItemStatus getStatus() {
        return status;
    }

    public String getRedenNietVanToepassing() {
        return redenNietVanToepassing;
    }

    public String getNotitie() {
        return notitie;
    }

    public String getGewijzigdDoor() {
        return gewijzigdDoor;
    }

    public Instant getGewijzigdOp() {
        return gewijzigdOp;
    }

    public long getVersion() {
        return version;
    }
}
