package nl.gezin1plan.monitor.organisatie;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Version;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** A care organisation that works for one or more gemeenten and answers the yearly uitvraag once for all. */
@Entity
public class Organisatie {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String naam;

    private String kvkNummer;

    @Enumerated(EnumType.STRING)
    private OrganisatieType type;

    /** Works with young people under 23, which makes the VIR questions apply. */
    private boolean werktMetJeugd;

    @ManyToMany
    @JoinTable(name = "organisatie_gemeente", joinColumns = @JoinColumn(name = "organisatie_id"),
            inverseJoinColumns = @JoinColumn(name = "gemeente_id"))
    private Set<Gemeente> gemeenten = new HashSet<>();

    @OneToMany(mappedBy = "organisatie", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("id")
    private List<Contactpersoon> contactpersonen = new ArrayList<>();

    @Version
    private long version;

    protected Organisatie() {
    }

    public Organisatie(String naam, String kvkNummer) {
        this.naam = naam;
        this.kvkNummer = kvkNummer;
    }

    public Organisatie(String naam, String kvkNummer, OrganisatieType type, boolean werktMetJeugd,
                       Set<Gemeente> gemeenten) {
        this(naam, kvkNummer);
        this.type = type;
        this.werktMetJeugd = werktMetJeugd;
        this.gemeenten = new HashSet<>(gemeenten);
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

    public OrganisatieType getType() {
        return type;
    }

    public boolean isWerktMetJeugd() {
        return werktMetJeugd;
    }

    public Set<Gemeente> getGemeenten() {
        return gemeenten;
    }

    public void wijzig(String nieuweNaam, String nieuwKvkNummer, OrganisatieType nieuwType, boolean jeugd) {
        this.naam = nieuweNaam;
        this.kvkNummer = nieuwKvkNummer;
        this.type = nieuwType;
        this.werktMetJeugd = jeugd;
    }

    public void werktVoor(Set<Gemeente> nieuweGemeenten) {
        gemeenten.clear();
        gemeenten.addAll(nieuweGemeenten);
    }

    public List<Contactpersoon> getContactpersonen() {
        return contactpersonen;
    }

    public void voegContactpersoonToe(String contactNaam, String email, String rol) {
        contactpersonen.add(new Contactpersoon(this, contactNaam, email, rol));
    }

    public void verwijderContactpersonen() {
        contactpersonen.clear();
    }

    public long getVersion() {
        return version;
    }

    public boolean werktVoor(long gemeenteId) {
        return gemeenten.stream().anyMatch(g -> g.getId() == gemeenteId);
    }
}
