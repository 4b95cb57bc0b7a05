package nl.gezin1plan.monitor.base.ui;

import java.util.List;
import java.util.Optional;

/**
 * What the frame shows of the logged-in user and where their start page is. The security module answers it from
 * their rights and scope, so this shared package depends on no other module. The menu itself comes from the views'
 * own {@code @Menu} declarations, filtered by what the user may open; only entries that lead into the user's own
 * scope (a route with its id) come from here.
 */
public interface Navigatie {

    /** Empty when nobody is logged in. */
    Optional<Aangemeld> aangemeld();

    /** The route the start page forwards the logged-in user to. */
    String startpagina();

    /** Texts are translation keys: the frame translates them. */
    record Aangemeld(String naam, String rolSleutel, List<Menupunt> eigenMenu) {
    }

    /** A menu entry; {@code volgorde} places it among the views' own {@code @Menu} entries. */
    record Menupunt(String tekstSleutel, String pad, double volgorde) {
    }
}
