package nl.gezin1plan.monitor.uitvraag;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.OffsetDateTime;

/** A questionnaire version as loaded, kept verbatim so a round always shows the questions it started with. */
@Entity
public class UitvraagDefinitie {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String versie;

    private String naam;

    private String inhoud;

    private OffsetDateTime geladenOp;

    protected UitvraagDefinitie() {
    }

    UitvraagDefinitie(String versie, String naam, String inhoud, OffsetDateTime geladenOp) {
        this.versie = versie;
        this.naam = naam;
        this.inhoud = inhoud;
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

    String getInhoud() {
        return inhoud;
    }
}
