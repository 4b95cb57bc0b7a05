package nl.gezin1plan.monitor.uitnodiging;

import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;

/** A further organisation a respondent works for, next to their account's own, by an invitation they accepted. */
@Entity
@Table(name = "gebruiker_organisatie")
class ExtraOrganisatie {

    @EmbeddedId
    private Sleutel sleutel;

    private Instant sinds;

    protected ExtraOrganisatie() {
    }

    ExtraOrganisatie(long gebruikerId, long organisatieId, Instant sinds) {
        this.sleutel = new Sleutel(gebruikerId, organisatieId);
        this.sinds = sinds;
    }

    long organisatieId() {
        return sleutel.organisatieId();
    }

    @Embeddable
    record Sleutel(long gebruikerId, long organisatieId) implements Serializable {
    }
}
