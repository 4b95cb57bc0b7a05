package nl.gezin1plan.monitor.uitvraag;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import nl.gezin1plan.monitor.organisatie.Organisatie;

/** One organisation's uitvraag in one round: answered once for all gemeenten it works for. */
@Entity
public class Uitvraag {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    private UitvraagRonde ronde;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    private Organisatie organisatie;

    @Enumerated(EnumType.STRING)
    private UitvraagStatus status = UitvraagStatus.NIET_GESTART;

    private Instant ingediendOp;

    private String ingediendDoor;

    /** Set when the organisation joined the round late, or when the gemeente extended its deadline. */
    private LocalDate eigenDeadline;

    @Version
    private long version;

    protected Uitvraag() {
    }

    Uitvraag(UitvraagRonde ronde, Organisatie organisatie, LocalDate eigenDeadline) {
        this.ronde = ronde;
        this.organisatie = organisatie;
        this.eigenDeadline = eigenDeadline;
    }

    void gewijzigd() {
        if (status == UitvraagStatus.NIET_GESTART) {
            status = UitvraagStatus.CONCEPT;
        }
    }

    void dienIn(String door, Instant op) {
        status = UitvraagStatus.INGEDIEND;
        ingediendDoor = door;
        ingediendOp = op;
    }

    void heropen() {
        status = UitvraagStatus.HEROPEND;
    }

    void verlengDeadline(LocalDate nieuw) {
        eigenDeadline = nieuw;
    }

    public Long getId() {
        return id;
    }

    public UitvraagRonde getRonde() {
        return ronde;
    }

    public Organisatie getOrganisatie() {
        return organisatie;
    }

    public UitvraagStatus getStatus() {
        return status;
    }

    /** The deadline that counts for this organisation: its own if it has one, otherwise the round's. */
    public LocalDate getDeadline() {
        return eigenDeadline != null ? eigenDeadline : ronde.getDeadline();
    }

    public Instant getIngediendOp() {
        return ingediendOp;
    }

    public long getVersion() {
        return version;
    }
}
