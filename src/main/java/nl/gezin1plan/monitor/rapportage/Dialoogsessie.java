package nl.gezin1plan.monitor.rapportage;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.time.LocalDate;

/** The notes of a gemeente's yearly dialoogsessie and evaluation (optional item F3, item G2). */
@Entity
public class Dialoogsessie {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long gemeenteId;

    private int jaar;

    private LocalDate datum;

    private String gaatGoed;

    private String aandachtspunten;

    private String evaluatie;

    private String vastgelegdDoor;

    @Version
    private long version;

    protected Dialoogsessie() {
    }

    Dialoogsessie(long gemeenteId, int jaar, DialoogsessieGegevens gegevens, String door) {
        this.gemeenteId = gemeenteId;
        this.jaar = jaar;
        this.datum = gegevens.datum();
        this.gaatGoed = gegevens.gaatGoed();
        this.aandachtspunten = gegevens.aandachtspunten();
        this.evaluatie = gegevens.evaluatie();
        this.vastgelegdDoor = door;
    }

    DialoogsessieGegevens alsGegevens() {
        return new DialoogsessieGegevens(datum, gaatGoed, aandachtspunten, evaluatie);
    }
}
