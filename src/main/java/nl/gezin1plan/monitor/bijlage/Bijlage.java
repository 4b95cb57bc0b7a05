package nl.gezin1plan.monitor.bijlage;

import java.time.Instant;

/** One stored attachment, without its content. */
public record Bijlage(long id, BijlageSoort soort, long onderwerpId, String sleutel, String bestandsnaam,
                      String contentType, long grootte, String geuploadDoor, Instant geuploadOp) {

    /** Where it is downloaded ({@link BijlageController}). */
    public String adres() {
        return "/bijlage/" + id;
    }
}
