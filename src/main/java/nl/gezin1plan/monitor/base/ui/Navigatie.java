package nl.gezin1plan.monitor.base.ui;

import java.util.List;
import java.util.Optional;

/**
 * What the frame shows of the logged-in user and where their start page is. The security module answers it from
 * their role, so this shared package depends on no other module.
 */
public interface Navigatie {

    /** Empty when nobody is logged in. */
    Optional<Aangemeld> aangemeld();

    /** The route the start page forwards the logged-in user to. */
    String startpagina();

    /** Texts are translation keys: the frame translates them. */
    record Aangemeld(String naam, String rolSleutel, List<Menupunt> menu) {
    }

    record Menupunt(String tekstSleutel, String pad) {
    }
}
