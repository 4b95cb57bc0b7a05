package nl.gezin1plan.monitor.bijlage;

import org.springframework.util.unit.DataSize;

/** Why a file was not stored, in the words its uploader reads. */
final class BijlageMeldingen {

    static final String LEEG = "Het bestand is leeg. Er is niets bewaard.";

    private BijlageMeldingen() {
    }

    static String soortNietToegestaan(String bestandsnaam) {
        return "'" + bestandsnaam + "' is niet bewaard: dit soort bestand kan geen bijlage zijn. Kies een PDF, een Word-, "
                + "Excel- of OpenDocument-bestand, een afbeelding (PNG, JPEG, GIF, WebP) of een tekstbestand.";
    }

    static String teGroot(String bestandsnaam, DataSize maximum) {
        return "'" + bestandsnaam + "' is niet bewaard: het bestand is groter dan " + Bestandsgrootte.tekst(maximum.toBytes()) + ".";
    }
}
