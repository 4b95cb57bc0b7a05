package nl.gezin1plan.monitor.organisatie;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Version;

/** A contact person of an organisation, e.g. its aandachtsfunctionaris or contract manager. */
@Entity
public class Contactpersoon {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    private Organisatie organisatie;

    private String naam;

    private String email;

    private String rol;

    @Version
    private long version;

    protected Contactpersoon() {
    }

    Contactpersoon(Organisatie organisatie, String naam, String email, String rol) {
        this.organisatie = organisatie;
        this.naam = naam;
        this.email = email;
        this.rol = rol;
    }

    public String getNaam() {
        return naam;
    }

    public String getEmail() {
        return email;
    }

    public String getRol() {
        return rol;
    }
}
