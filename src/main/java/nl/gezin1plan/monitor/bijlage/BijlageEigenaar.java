package nl.gezin1plan.monitor.bijlage;

import nl.gezin1plan.monitor.security.HuidigeGebruiker;

/**
 * Implemented by the module that owns the objects of one {@link BijlageSoort}: it applies its own access rules to an
 * attachment's object. An object that does not exist may neither be read nor changed.
 */
public interface BijlageEigenaar {

    BijlageSoort soort();

    boolean magLezen(HuidigeGebruiker gebruiker, long onderwerpId);

    /** Adding and deleting attachments; false for what is read-only, such as a submitted uitvraag. */
    boolean magWijzigen(HuidigeGebruiker gebruiker, long onderwerpId);

    /** The object in words, for the audit log, e.g. "uitvraag 2026 van Jeugdhulp Rijnland". */
    String omschrijving(long onderwerpId);
}
