package nl.gezin1plan.monitor.organisatie;

import java.util.Collection;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** How people are named in histories: "Naam (gebruikersnaam)", as a reader recognises them. */
@Component
public class Personen {

    private final GebruikerRepository gebruikers;

    Personen(GebruikerRepository gebruikers) {
        this.gebruikers = gebruikers;
    }

    /** Each user name with its person's name; a user name that belongs to nobody is left out. */
    @Transactional(readOnly = true)
    public Map<String, String> namen(Collection<String> gebruikersnamen) {
        return gebruikers.findByGebruikersnaamIn(gebruikersnamen.stream().filter(Objects::nonNull).distinct().toList())
                .stream().collect(Collectors.toMap(Gebruiker::getGebruikersnaam, Gebruiker::getNaam));
    }

    public static String wie(String naam, String gebruikersnaam) {
        return naam == null ? gebruikersnaam : naam + " (" + gebruikersnaam + ")";
    }
}
