package nl.gezin1plan.monitor.uitvraag;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/** The uitvraag of one year: opened on a date, with a deadline, on one questionnaire version. */
@Entity
public class UitvraagRonde {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private int jaar;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    private UitvraagDefinitie definitie;

    private LocalDate opentOp;

    private LocalDate deadline;

    private String geopendDoor;

    private OffsetDateTime geopendOp;

    @Version
    private long version;

    protected UitvraagRonde() {
    }

    UitvraagRonde(int jaar, UitvraagDefinitie definitie, LocalDate opentOp, LocalDate deadline, String geopendDoor,
                  OffsetDateTime geopendOp) {
        this.jaar = jaar;
        this.definitie = definitie;
        this.opentOp = opentOp;
        this.deadline = deadline;
        this.geopendDoor = geopendDoor;
        this.geopendOp = geopendOp;
    }

    public Long getId() {
        return id;
    }

    public int getJaar() {
        return jaar;
    }

    public UitvraagDefinitie getDefinitie() {
        return definitie;
    }

    public LocalDate getOpentOp() {
        return opentOp;
    }

    public LocalDate getDeadline() {
        return deadline;
    }
}
