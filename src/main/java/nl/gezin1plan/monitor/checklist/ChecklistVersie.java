package nl.gezin1plan.monitor.checklist;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.OffsetDateTime;

/** One version of the handreiking's checklist content, loaded from a data file under content/checklist. */
@Entity
public class ChecklistVersie {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String versie;

    private String naam;

    private String bron;

    private OffsetDateTime geladenOp;

    protected ChecklistVersie() {
    }

    public ChecklistVersie(String versie, String naam, String bron, OffsetDateTime geladenOp) {
        this.versie = versie;
        this.naam = naam;
        this.bron = bron;
        this.geladenOp = geladenOp;
    }

    public Long getId() {
        return id;
    }

    public String getVersie() {
        return versie;
    }

    public String getNaam() {
        return naam;
    }

    public String getBron() {
        return bron;
    }
}
