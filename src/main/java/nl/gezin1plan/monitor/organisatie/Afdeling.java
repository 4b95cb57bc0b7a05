package nl.gezin1plan.monitor.organisatie;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Version;

/** An uitvoerende afdeling (executing department) of a gemeente, such as a sociaal wijkteam. */
@Entity
public class Afdeling {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    private Gemeente gemeente;

    private String naam;

    @Version
    private long version;

    protected Afdeling() {
    }

    public Afdeling(Gemeente gemeente, String naam) {
        this.gemeente = gemeente;
        this.naam = naam;
    }

    public Long getId() {
        return id;
    }

    public Gemeente getGemeente() {
        return gemeente;
    }

    public String getNaam() {
        return naam;
    }
}
