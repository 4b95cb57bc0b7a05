package nl.gezin1plan.monitor.rapportage;

import java.time.LocalDate;

public record AccountgesprekRegel(long id, long organisatieId, String organisatie, LocalDate datum, String deelnemers,
                                  String voortgang, String kansen, String belemmeringen, String vervolgactie,
                                  String vervolgEigenaar, LocalDate vervolgDatum, boolean vervolgAfgerond,
                                  String vastgelegdDoor) {

    public boolean isVervolgVerlopen(LocalDate vandaag) {
        return vervolgactie != null && !vervolgAfgerond && vervolgDatum != null && vervolgDatum.isBefore(vandaag);
    }
}
