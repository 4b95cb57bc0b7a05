package nl.gezin1plan.monitor.security;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import nl.gezin1plan.monitor.organisatie.Rol;

/**
 * What a person may open, by screen group. Views ({@code @RolesAllowed}) and URLs name a right, never a role; which
 * rights each role has is decided here, once. A new role is a value of {@link Rol}, a line in {@link #van} and the
 * places that decide its scope; no view changes. What a right shows stays limited by the scope of the person.
 */
public final class Rechten {

    /** The respondent's own uitvraag and keurmerk. */
    public static final String EIGEN_UITVRAAG = "EIGEN_UITVRAAG";
    /** Checklists of gemeenten and afdelingen. */
    public static final String CHECKLISTS = "CHECKLISTS";
    /** Dashboard, gemeente overview, uitvraag round, progress, evaluation and the pages of organisations. */
    public static final String GEMEENTECIJFERS = "GEMEENTECIJFERS";
    /** The register of organisations. */
    public static final String ORGANISATIEREGISTER = "ORGANISATIEREGISTER";
    /** Structure, people, audit log and outgoing e-mail. */
    public static final String BEHEER = "BEHEER";
    /**
     * The gemeente's judgement over the organisations in its scope: opening a round, reopening an uitvraag, extending
     * a deadline, overriding a keurmerk criterion, inviting respondents, keeping the evaluation.
     */
    public static final String BEOORDELEN = "BEOORDELEN";
    /** Keeping the checklist of one's own gemeente or afdeling: actions, people, dates, statuses. */
    public static final String CHECKLIST_BIJHOUDEN = "CHECKLIST_BIJHOUDEN";
    /** CSV and PDF downloads under /export. */
    public static final String EXPORTS = "EXPORTS";

    static final List<String> ALLE = List.of(EIGEN_UITVRAAG, CHECKLISTS, GEMEENTECIJFERS, ORGANISATIEREGISTER, BEHEER,
            BEOORDELEN, CHECKLIST_BIJHOUDEN, EXPORTS);

    private Rechten() {
    }

    /** The rights of a role. */
    public static Set<String> van(Rol rol) {
        return switch (rol) {
            case BEHEERDER -> Set.of(CHECKLISTS, GEMEENTECIJFERS, ORGANISATIEREGISTER, BEHEER, BEOORDELEN, EXPORTS);
            case AGENDAHOUDER -> Set.of(CHECKLISTS, GEMEENTECIJFERS, ORGANISATIEREGISTER, BEOORDELEN,
                    CHECKLIST_BIJHOUDEN, EXPORTS);
            case ACCOUNTMANAGER -> Set.of(CHECKLISTS, GEMEENTECIJFERS, EXPORTS);
            case AANDACHTSFUNCTIONARIS -> Set.of(CHECKLISTS, CHECKLIST_BIJHOUDEN, EXPORTS);
            case ORGANISATIE -> Set.of(EIGEN_UITVRAAG);
        };
    }

    /** The roles that have {@code recht}. */
    static Set<Rol> rollenMet(String recht) {
        Set<Rol> rollen = EnumSet.noneOf(Rol.class);
        for (Rol rol : Rol.values()) {
            if (van(rol).contains(recht)) {
                rollen.add(rol);
            }
        }
        return rollen;
    }
}
