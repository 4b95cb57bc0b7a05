package nl.gezin1plan.monitor.rapportage;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.time.LocalDate;

/** A contract-management conversation with an organisation: progress, chances, obstacles and a follow-up. */
@Entity
public class Accountgesprek {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long organisatieId;

    private LocalDate datum;

    private String deelnemers;

    private String voortgang;

    private String kansen;

    private String belemmeringen;

    private String vervolgactie;

    private String vervolgEigenaar;

    private LocalDate vervolgDatum;

    private boolean vervolgAfgerond;

    private String vastgelegdDoor;

    /** The gemeente that recorded it; null when the region did. */
    private Long gemeenteId;

    @Version
    private long version;

    protected Accountgesprek() {
    }

    Accountgesprek(long organisatieId, AccountgesprekGegevens gegevens, String door, Long gemeenteId) {
        this.organisatieId = organisatieId;
        this.gemeenteId = gemeenteId;
        this.datum = gegevens.datum();
        this.deelnemers = gegevens.deelnemers();
        this.voortgang = gegevens.voortgang();
        this.kansen = gegevens.kansen();
        this.belemmeringen = gegevens.belemmeringen();
        this.vervolgactie = gegevens.vervolgactie();
        this.vervolgEigenaar = gegevens.vervolgEigenaar();
        this.vervolgDatum = gegevens.vervolgDatum();
        this.vastgelegdDoor = door;
    }

    void rondVervolgAf() {
        vervolgAfgerond = true;
    }

    AccountgesprekRegel alsRegel(String organisatie) {
        return new AccountgesprekRegel(id, organisatieId, organisatie, datum, deelnemers, voortgang, kansen, belemmeringen,
                vervolgactie, vervolgEigenaar, vervolgDatum, vervolgAfgerond, vastgelegdDoor);
    }

    public long getOrganisatieId() {
        return organisatieId;
    }

    LocalDate getDatum() {
        return datum;
    }

    Long getGemeenteId() {
        return gemeenteId;
    }
}
