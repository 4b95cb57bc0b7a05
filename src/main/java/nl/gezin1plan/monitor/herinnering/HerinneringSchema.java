package nl.gezin1plan.monitor.herinnering;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/** A round's reminder schedule as the agendahouder or beheerder set it; rounds without one follow {@link Momenten#STANDAARD}. */
@Entity
class HerinneringSchema {

    @Id
    private Long rondeId;

    /** Days before the deadline, comma separated, largest first: "14,3". */
    private String dagenVoor;

    private int herhaalDagen;

    private int maximum;

    private String gewijzigdDoor;

    private Instant gewijzigdOp;

    @Version
    private long version;

    protected HerinneringSchema() {
    }

    HerinneringSchema(long rondeId) {
        this.rondeId = rondeId;
    }

    void wijzig(Momenten momenten, String door, Instant op) {
        dagenVoor = String.join(",", momenten.dagenVoor().stream().map(String::valueOf).toList());
        herhaalDagen = momenten.herhaalDagen();
        maximum = momenten.maximum();
        gewijzigdDoor = door;
        gewijzigdOp = op;
    }

    Momenten momenten() {
        return momenten(dagenVoor, herhaalDagen, maximum);
    }

    static Momenten momenten(String dagenVoor, int herhaalDagen, int maximum) {
        List<Integer> dagen = dagenVoor == null || dagenVoor.isBlank() ? List.of()
                : Arrays.stream(dagenVoor.split(",")).map(String::strip).map(Integer::valueOf).toList();
        return new Momenten(dagen, herhaalDagen, maximum);
    }

    String getGewijzigdDoor() {
        return gewijzigdDoor;
    }

    Instant getGewijzigdOp() {
        return gewijzigdOp;
    }
}
