package nl.gezin1plan.monitor.keurmerk;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.time.Instant;

/** The gemeente's judgement of one criterion after checking evidence; it overrides the derived result. */
@Entity
@org.hibernate.envers.Audited
public class KeurmerkOordeel {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long uitvraagId;

    private String criterium;

    @Enumerated(EnumType.STRING)
    private Uitkomst resultaat;

    private String reden;

    private String door;

    private Instant op;

    @Version
    private long version;

    protected KeurmerkOordeel() {
    }

    KeurmerkOordeel(long uitvraagId, String criterium) {
        this.uitvraagId = uitvraagId;
        this.criterium = criterium;
    }

    void leg(Uitkomst nieuw, String waarom, String wie, Instant wanneer) {
        this.resultaat = nieuw;
        this.reden = waarom;
        this.door = wie;
        this.op = wanneer;
    }

    public long getUitvraagId() {
        return uitvraagId;
    }

    public String getCriterium() {
        return criterium;
    }

    CriteriumUitslag.Oordeel alsOordeel() {
        return new CriteriumUitslag.Oordeel(resultaat, reden, door, op);
    }
}
