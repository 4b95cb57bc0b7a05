package nl.gezin1plan.monitor.beheer;

import java.util.List;
import nl.gezin1plan.monitor.organisatie.OrganisatieType;

/** An organisation in the register list. */
public record OrganisatieRegel(long id, long version, String naam, String kvkNummer, OrganisatieType type,
                               boolean werktMetJeugd, List<String> gemeenten, List<OrganisatieGegevens.Contact> contactpersonen) {
}
