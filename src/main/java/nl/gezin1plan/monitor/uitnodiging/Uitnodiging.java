package nl.gezin1plan.monitor.uitnodiging;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Version;
import java.time.Instant;
import nl.gezin1plan.monitor.organisatie.Organisatie;

/** A personal link to an organisation's uitvraag of a year, sent to one person; only the code's hash is kept. */
@Entity
class Uitnodiging {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private int jaar;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    private Organisatie organisatie;

    private String naam;
    private String email;
    private String codeHash;
    private Instant aangemaakt;
    private String aangemaaktDoor;
    private Instant verloopt;
    private Instant geopend;
    private Instant geaccepteerd;
    private String geaccepteerdDoor;
    private Instant vervangen;
    private Long mailId;

    @Version
    private long version;

    protected Uitnodiging() {
    }

    Uitnodiging(int jaar, Organisatie organisatie, String naam, String email, String codeHash, Instant nu,
                String door, Instant verloopt) {
        this.jaar = jaar;
        this.organisatie = organisatie;
        this.naam = naam;
        this.email = email;
        this.codeHash = codeHash;
        this.aangemaakt = nu;
        this.aangemaaktDoor = door;
        this.verloopt = verloopt;
    }

    UitnodigingStatus status(Instant nu) {
        if (geaccepteerd != null) {
            return UitnodigingStatus.GEBRUIKT;
        }
        if (vervangen != null) {
            return UitnodigingStatus.VERVANGEN;
        }
        return nu.isBefore(verloopt) ? UitnodigingStatus.GELDIG : UitnodigingStatus.VERLOPEN;
    }

    /** Only the first opening is kept: that is what the gemeente wants to know. */
    void geopend(Instant nu) {
        if (geopend == null) {
            geopend = nu;
        }
    }

    void geaccepteerd(Instant nu, String gebruikersnaam) {
        geaccepteerd = nu;
        geaccepteerdDoor = gebruikersnaam;
    }

    void vervangen(Instant nu) {
        vervangen = nu;
    }

    void verstuurdAls(long mailId) {
        this.mailId = mailId;
    }

    Long getId() {
        return id;
    }

    int getJaar() {
        return jaar;
    }

    Organisatie getOrganisatie() {
        return organisatie;
    }

    String getNaam() {
        return naam;
    }

    String getEmail() {
        return email;
    }

    Instant getAangemaakt() {
        return aangemaakt;
    }

    Instant getGeopend() {
        return geopend;
    }

    Instant getGeaccepteerd() {
        return geaccepteerd;
    }

    Long getMailId() {
        return mailId;
    }
}
