package nl.gezin1plan.monitor.uitnodiging;

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
import nl.gezin1plan.monitor.organisatie.Gebruiker;
import nl.gezin1plan.monitor.organisatie.Organisatie;

/**
 * A personal link sent to one person: to an organisation's uitvraag of a year, or (soort ACCOUNT) to choose the
 * password of an account the beheerder made for them. Only the code's hash is kept.
 */
@Entity
class Uitnodiging {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Integer jaar;

    @ManyToOne(fetch = FetchType.LAZY)
    private Organisatie organisatie;

    @ManyToOne(fetch = FetchType.LAZY)
    private Gebruiker gebruiker;

    @Enumerated(EnumType.STRING)
    private UitnodigingSoort soort;

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

    Uitnodiging(UitnodigingSoort soort, int jaar, Organisatie organisatie, String naam, String email, String codeHash,
                Instant nu, String door, Instant verloopt) {
        this(soort, naam, email, codeHash, nu, door, verloopt);
        this.jaar = jaar;
        this.organisatie = organisatie;
    }

    /** An invitation to choose the password of this account. */
    static Uitnodiging voorAccount(Gebruiker gebruiker, String email, String codeHash, Instant nu, String door,
                                   Instant verloopt) {
        Uitnodiging uitnodiging = new Uitnodiging(UitnodigingSoort.ACCOUNT, gebruiker.getNaam(), email, codeHash, nu,
                door, verloopt);
        uitnodiging.gebruiker = gebruiker;
        return uitnodiging;
    }

    private Uitnodiging(UitnodigingSoort soort, String naam, String email, String codeHash, Instant nu, String door,
                        Instant verloopt) {
        this.soort = soort;
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

    /** Only for an invitation to an uitvraag, as {@link #getOrganisatie()}. */
    int getJaar() {
        return jaar;
    }

    boolean isVoorAccount() {
        return soort == UitnodigingSoort.ACCOUNT;
    }

    /** The account whose password this invitation lets the person choose; null for an invitation to an uitvraag. */
    Gebruiker getGebruiker() {
        return gebruiker;
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
