package nl.gezin1plan.monitor.herinnering;

import java.time.LocalDate;
import java.util.List;

/**
 * The overdue follow-ups of accountgesprekken for the weekly digest, contributed by the module that keeps them
 * (rapportage) and found as Spring beans. Rapportage uses this module (its round overview shows the reminders), so this
 * module cannot use rapportage without a cycle, and reads no table of it. Called by the digest job, which runs without
 * a logged-in user: an implementation checks no scope and serves no view.
 */
public interface VerlopenVervolgacties {

    /** {@code eigenaar} as typed in the gesprek; {@code vastgelegdDoor} the user name of whoever recorded it. */
    record Vervolg(String organisatie, String vervolgactie, LocalDate datum, String eigenaar, String vastgelegdDoor) {
    }

    /** The follow-ups not done and due before {@code vandaag}, earliest first, with the organisation's name. */
    List<Vervolg> verlopen(LocalDate vandaag);
}
