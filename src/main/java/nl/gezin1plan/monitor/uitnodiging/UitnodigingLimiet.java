package nl.gezin1plan.monitor.uitnodiging;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import nl.gezin1plan.monitor.base.OngeldigeInvoer;
import nl.gezin1plan.monitor.organisatie.GebruikerRepository;
import nl.gezin1plan.monitor.security.HuidigeGebruiker;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * How many people one user may invite by name and address in 24 hours, so that a stolen or careless account cannot
 * turn the app into a mail cannon. Counted in the database, so the limit holds across instances and restarts.
 */
@Component
class UitnodigingLimiet {

    static final Duration VENSTER = Duration.ofHours(24);
    private static final Logger LOG = LoggerFactory.getLogger(UitnodigingLimiet.class);

    private final UitnodigingRepository uitnodigingen;
    private final GebruikerRepository gebruikers;
    private final UitnodigingInstellingen instellingen;
    private final Clock clock;

    UitnodigingLimiet(UitnodigingRepository uitnodigingen, GebruikerRepository gebruikers,
                      UitnodigingInstellingen instellingen, Clock clock) {
        this.uitnodigingen = uitnodigingen;
        this.gebruikers = gebruikers;
        this.instellingen = instellingen;
        this.clock = clock;
    }

    /**
     * Refuses, with a Dutch message under {@code limiet}, when {@code door} has reached their limit: a respondent's
     * when they invite a colleague ({@code collega}), else the gemeente staff's. Holds a lock on their account until
     * the caller's transaction ends, so two invitations at once cannot both take the last place.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    void controleer(HuidigeGebruiker door, boolean collega) {
        gebruikers.vergrendel(door.gebruikersnaam());
        int maximum = collega ? instellingen.perDag() : instellingen.perDagMedewerker();
        long verstuurd = uitnodigingen.aantalPersoonlijk(door.gebruikersnaam(), clock.instant().minus(VENSTER));
        if (verstuurd >= maximum) {
            LOG.warn("Uitnodiging geweigerd: gebruiker heeft de limiet van {} uitnodigingen per dag bereikt", maximum);
            throw new OngeldigeInvoer(Map.of("limiet", "U heeft in de afgelopen 24 uur al " + verstuurd
                    + " mensen uitgenodigd; meer kan niet op één dag. Er is niets verstuurd. Probeer het morgen opnieuw,"
                    + " of vraag de gemeente om de uitnodiging te versturen."));
        }
    }
}
