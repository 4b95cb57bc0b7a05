package nl.gezin1plan.monitor.uitvraag;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Version;
import java.time.Instant;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;

/** The answer to one question of an uitvraag, saved as it is given; its history is kept. */
@Entity
@Audited
public class Antwoord {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @NotAudited
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    private Uitvraag uitvraag;

    private String vraag;

    private String waarde;

    private String gewijzigdDoor;

    @NotAudited
    private Instant gewijzigdOp;

    @Version
    private long version;

    protected Antwoord() {
    }

    Antwoord(Uitvraag uitvraag, String vraag, String waarde, String door, Instant op) {
        this.uitvraag = uitvraag;
        this.vraag = vraag;
        wijzig(waarde, door, op);
    }

    /** True when this changes what the answer's history keeps (the value or who gave it). */
    boolean wijzig(String nieuweWaarde, String door, Instant op) {
        boolean gewijzigd = !java.util.Objects.equals(waarde, nieuweWaarde) || !java.util.Objects.equals(gewijzigdDoor, door);
        this.waarde = nieuweWaarde;
        this.gewijzigdDoor = door;
        this.gewijzigdOp = op;
        return gewijzigd;
    }

    public Uitvraag getUitvraag() {
        return uitvraag;
    }

    public String getVraag() {
        return vraag;
    }

    public String getWaarde() {
        return waarde;
    }
}
