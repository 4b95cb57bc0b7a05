package nl.gezin1plan.monitor.account;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import java.time.Instant;
import nl.gezin1plan.monitor.organisatie.Gebruiker;

/** One "Wachtwoord vergeten?" request and, when it led to a mail, the hash of its one-time link. */
@Entity
class WachtwoordHerstel {

    static final int MAXIMALE_INVOER = 254;
    static final int MAXIMAAL_ADRES = 64;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String invoer;

    private String adres;

    private Instant aangevraagd;

    private Instant verwerkt;

    @ManyToOne(fetch = FetchType.LAZY)
    private Gebruiker gebruiker;

    private String codeHash;

    private Instant geldigTot;

    private Instant gebruikt;

    protected WachtwoordHerstel() {
    }

    WachtwoordHerstel(String invoer, String adres, Instant aangevraagd) {
        this.invoer = kort(invoer, MAXIMALE_INVOER);
        this.adres = kort(adres, MAXIMAAL_ADRES);
        this.aangevraagd = aangevraagd;
    }

    /** Handled without a link: no account, or a limit reached; {@code gebruiker} may be null. */
    void verwerktZonderLink(Gebruiker gebruiker, Instant nu) {
        this.gebruiker = gebruiker;
        this.verwerkt = nu;
    }

    void verwerktMetLink(Gebruiker gebruiker, String codeHash, Instant nu, Instant geldigTot) {
        this.gebruiker = gebruiker;
        this.codeHash = codeHash;
        this.verwerkt = nu;
        this.geldigTot = geldigTot;
    }

    /**
     * Whether the link may still set a password: not used, not expired, the person's newest link, made after their
     * sessions were last ended (a reset or password change since makes it void), and the person active.
     */
    boolean isGeldig(Instant nu, long nieuwsteId) {
        return codeHash != null && gebruikt == null && nu.isBefore(geldigTot) && id == nieuwsteId
                && gebruiker.isActief()
                && (gebruiker.getSessiesGeldigVanaf() == null || !verwerkt.isBefore(gebruiker.getSessiesGeldigVanaf()));
    }

    void gebruikt(Instant nu) {
        this.gebruikt = nu;
    }

    Long getId() {
        return id;
    }

    String getInvoer() {
        return invoer;
    }

    String getAdres() {
        return adres;
    }

    Instant getAangevraagd() {
        return aangevraagd;
    }

    Gebruiker getGebruiker() {
        return gebruiker;
    }

    private static String kort(String tekst, int lengte) {
        String waarde = tekst == null ? "" : tekst;
        return waarde.length() > lengte ? waarde.substring(0, lengte) : waarde;
    }
}
