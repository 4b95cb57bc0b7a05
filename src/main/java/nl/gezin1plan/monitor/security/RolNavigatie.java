package nl.gezin1plan.monitor.security;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import nl.gezin1plan.monitor.base.ui.Navigatie;
import org.springframework.stereotype.Component;

/** The start page and the menu entries into one's own scope, from the user's rights and scope, for the frame. */
@Component
class RolNavigatie implements Navigatie {

    /** Between the gemeente overview (20) and the uitvraag round (40) of the views' own menu entries. */
    private static final double EIGEN_CHECKLIST = 30;

    private final Toegang toegang;

    RolNavigatie(Toegang toegang) {
        this.toegang = toegang;
    }

    @Override
    public Optional<Aangemeld> aangemeld() {
        return toegang.ingelogd().map(gebruiker ->
                new Aangemeld(gebruiker.naam(), "rol." + gebruiker.rol().name(), eigenMenu(gebruiker)));
    }

    @Override
    public String startpagina() {
        HuidigeGebruiker gebruiker = toegang.huidigeGebruiker();
        Set<String> rechten = Rechten.van(gebruiker.rol());
        if (rechten.contains(Rechten.GEMEENTECIJFERS)) {
            return "dashboard";
        }
        return eigenChecklist(gebruiker).map(Menupunt::pad)
                .orElse(rechten.contains(Rechten.EIGEN_UITVRAAG) ? "uitvraag" : "account");
    }

    private static List<Menupunt> eigenMenu(HuidigeGebruiker gebruiker) {
        return eigenChecklist(gebruiker).stream().toList();
    }

    /** The checklist of one's own afdeling, or else of one's own gemeente. */
    private static Optional<Menupunt> eigenChecklist(HuidigeGebruiker gebruiker) {
        if (!Rechten.van(gebruiker.rol()).contains(Rechten.CHECKLISTS)) {
            return Optional.empty();
        }
        if (gebruiker.afdelingId() != null) {
            return Optional.of(new Menupunt("menu.checklist-afdeling", "checklist/afdeling/" + gebruiker.afdelingId(),
                    EIGEN_CHECKLIST));
        }
        if (gebruiker.gemeenteId() != null) {
            return Optional.of(new Menupunt("menu.checklist-gemeente", "checklist/gemeente/" + gebruiker.gemeenteId(),
                    EIGEN_CHECKLIST));
        }
        return Optional.empty();
    }
}
