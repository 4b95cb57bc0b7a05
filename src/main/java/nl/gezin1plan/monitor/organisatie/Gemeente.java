package nl.gezin1plan.monitor.organisatie;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Version;

@Entity
public class Gemeente {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    private Regio regio;

    private String naam;

    @Version
    private long version;

    protected Gemeente() {
    }

    public Gemeente(Regio regio, String naam) {
        this.regio = regio;
        this.naam = naam;
    }

    public Long getId() {
        return id;
    }

    public Regio getRegio() {
        return regio;
    }

    public String getNaam() {
        return naam;
    }
}
