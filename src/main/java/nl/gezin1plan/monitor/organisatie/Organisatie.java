package nl.gezin1plan.monitor.organisatie;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

/** A care organisation that works for one or more gemeenten and answers the yearly uitvraag. */
@Entity
public class Organisatie {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String naam;

    private String kvkNummer;

    @Version
    private long version;

    protected Organisatie() {
    }

    public Organisatie(String naam, String kvkNummer) {
        this.naam = naam;
        this.kvkNummer = kvkNummer;
    }

    public Long getId() {
        return id;
    }

    public String getNaam() {
        return naam;
    }

    public String getKvkNummer() {
        return kvkNummer;
    }
}
