package nl.gezin1plan.monitor.checklist;

import nl.gezin1plan.monitor.security.HuidigeGebruiker;
import nl.gezin1plan.monitor.security.Rechten;
import nl.gezin1plan.monitor.security.Scope;

/**
 * Who may read and change which checklist, from the person's scope and rights: a checklist is read by whoever's scope
 * holds its gemeente or afdeling (the region everything, an agendahouder their gemeente and its afdelingen, an
 * aandachtsfunctionaris their own afdeling), and changed only by someone with {@link Rechten#CHECKLIST_BIJHOUDEN}
 * whose scope is exactly its owner.
 */
final class ChecklistToegang {

    private ChecklistToegang() {
    }

    static boolean magLezen(HuidigeGebruiker gebruiker, ChecklistEigenaar eigenaar, long gemeenteIdVanEigenaar) {
        Scope scope = gebruiker.scope();
        return eigenaar.isGemeente() ? scope.omvatGemeente(eigenaar.id())
                : scope.omvatAfdeling(gemeenteIdVanEigenaar, eigenaar.id());
    }

    static boolean magWijzigen(HuidigeGebruiker gebruiker, ChecklistEigenaar eigenaar) {
        Scope scope = gebruiker.scope();
        return gebruiker.mag(Rechten.CHECKLIST_BIJHOUDEN)
                && (eigenaar.isGemeente() ? scope.isEigenGemeente(eigenaar.id()) : scope.isEigenAfdeling(eigenaar.id()));
    }
}
