package nl.gezin1plan.monitor.uitvraag;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import java.time.Instant;
import java.time.LocalDate;
import nl.gezin1plan.monitor.organisatie.Rol;

/**
 * A step in an uitvraag's life that people must be able to trace: submitted, reopened or its deadline extended (with
 * why, and the new date).
 */
@Entity
public class UitvraagGebeurtenis {

    public static final String INGEDIEND = "INGEDIEND";
    public static final String HEROPEND = "HEROPEND";
    public static final String DEADLINE_VERLENGD = "DEADLINE_VERLENGD";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    private Uitvraag uitvraag;

    private String soort;

    private String reden;

    private String door;

    @Enumerated(EnumType.STRING)
    private Rol doorRol;

    private Instant op;

    /** The new deadline, for {@link #DEADLINE_VERLENGD}. */
    private LocalDate deadline;

    protected UitvraagGebeurtenis() {
    }

    UitvraagGebeurtenis(Uitvraag uitvraag, String soort, String reden, String door, Rol doorRol, Instant op) {
        this.doorRol = doorRol;
        this.uitvraag = uitvraag;
        this.soort = soort;
        this.reden = reden;
        this.door = door;
        this.op = op;
    }

    UitvraagGebeurtenis metDeadline(LocalDate nieuw) {
        this.deadline = nieuw;
        return this;
    }

    public LocalDate getDeadline() {
        return deadline;
    }

    public String getSoort() {
        return soort;
    }

    public String getReden() {
        return reden;
    }

    public String getDoor() {
        return door;
    }

    public Rol getDoorRol() {
        return doorRol;
    }

    public Instant getOp() {
        return op;
    }
}
