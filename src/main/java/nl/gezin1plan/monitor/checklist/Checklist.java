package nl.gezin1plan.monitor.checklist;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import nl.gezin1plan.monitor.organisatie.Afdeling;
import nl.gezin1plan.monitor.organisatie.Gemeente;

/** The checklist of one gemeente (agendahouder) or one afdeling (aandachtsfunctionaris) for one year. */
@Entity
public class Checklist {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    private ChecklistSoort soort;

    private int jaar;

    private String eigenaar;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    private Gemeente gemeente;

    @ManyToOne(fetch = FetchType.LAZY)
    private Afdeling afdeling;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    private ChecklistVersie versie;

    private OffsetDateTime aangemaaktOp;

    @OneToMany(mappedBy = "checklist", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("id")
    private List<ChecklistItem> items = new ArrayList<>();

    protected Checklist() {
    }

    Checklist(ChecklistEigenaar eigenaar, Gemeente gemeente, Afdeling afdeling, int jaar, ChecklistVersie versie,
              OffsetDateTime aangemaaktOp) {
        this.soort = eigenaar.soort();
        this.eigenaar = eigenaar.sleutel();
        this.gemeente = gemeente;
        this.afdeling = afdeling;
        this.jaar = jaar;
        this.versie = versie;
        this.aangemaaktOp = aangemaaktOp;
    }

    void voegToe(ChecklistItem item) {
        items.add(item);
    }

    public Long getId() {
        return id;
    }

    public ChecklistSoort getSoort() {
        return soort;
    }

    public int getJaar() {
        return jaar;
    }

    public ChecklistEigenaar getEigenaar() {
        return ChecklistEigenaar.van(eigenaar);
    }

    public Gemeente getGemeente() {
        return gemeente;
    }

    public Afdeling getAfdeling() {
        return afdeling;
    }

    public ChecklistVersie getVersie() {
        return versie;
    }

    public List<ChecklistItem> getItems() {
        return items;
    }
}
