package nl.gezin1plan.monitor.rapportage;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.time.LocalDate;

/** The results of a client panel on the four Voorbeeldvragen klantpanels (optional item F3). */
@Entity
public class Klantpanel {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long gemeenteId;

    private int jaar;

    private LocalDate datum;

    private Integer aantalDeelnemers;

    private String eenAanspreekpunt;

    private String positief;

    private String negatief;

    private String tips;

    private String vastgelegdDoor;

    @Version
    private long version;

    protected Klantpanel() {
    }

    Klantpanel(long gemeenteId, int jaar, KlantpanelGegevens gegevens, String door) {
        this.gemeenteId = gemeenteId;
        this.jaar = jaar;
        this.datum = gegevens.datum();
        this.aantalDeelnemers = gegevens.aantalDeelnemers();
        this.eenAanspreekpunt = gegevens.eenAanspreekpunt();
        this.positief = gegevens.positief();
        this.negatief = gegevens.negatief();
        this.tips = gegevens.tips();
        this.vastgelegdDoor = door;
    }

    KlantpanelGegevens alsGegevens() {
        return new KlantpanelGegevens(datum, aantalDeelnemers, eenAanspreekpunt, positief, negatief, tips);
    }
}
