package nl.gezin1plan.monitor.security;

import java.util.Optional;
import nl.gezin1plan.monitor.organisatie.Rol;
import nl.gezin1plan.monitor.organisatie.ScopeVoorwaarde;

/**
 * The part of the region a person's data rights reach: the whole region, one gemeente, one afdeling or one
 * organisation. What a person may <em>do</em> there is a right ({@link Rechten}); <em>where</em> is this scope, which
 * follows from the unit the role is held in ({@link Rol#eenheid()}, in {@link #van}); every service asks the scope,
 * not the role.
 */
public sealed interface Scope {

    /** Every gemeente, afdeling and organisation of the region. */
    record Regio() implements Scope {
    }

    /** One gemeente with its afdelingen and the organisations that work for it. */
    record Gemeente(long gemeenteId) implements Scope {
    }

    /** One afdeling of a gemeente, and nothing else of that gemeente. */
    record Afdeling(long gemeenteId, long afdelingId) implements Scope {
    }

    /** One organisation. */
    record Organisatie(long organisatieId) implements Scope {
    }

    /** Nothing: a role whose gemeente, afdeling or organisation is missing. */
    record Geen() implements Scope {
    }

    /**
     * The scope of a role held in the given gemeente, afdeling or organisation (the ones that do not apply are null):
     * the unit the role is held in ({@link Rol#eenheid()}).
     */
    static Scope van(Rol rol, Long gemeenteId, Long afdelingId, Long organisatieId) {
        return switch (rol.eenheid()) {
            case REGIO -> new Regio();
            case GEMEENTE -> gemeenteId == null ? new Geen() : new Gemeente(gemeenteId);
            case AFDELING -> gemeenteId == null || afdelingId == null ? new Geen()
                    : new Afdeling(gemeenteId, afdelingId);
            case ORGANISATIE -> organisatieId == null ? new Geen() : new Organisatie(organisatieId);
        };
    }

    /** Whether the scope covers the whole region. */
    default boolean isRegio() {
        return this instanceof Regio;
    }

    /** Whether the scope holds the gemeente as a whole (its own checklist, overview and evaluation). */
    default boolean omvatGemeente(long gemeenteId) {
        return switch (this) {
            case Regio r -> true;
            case Gemeente g -> g.gemeenteId() == gemeenteId;
            case Afdeling a -> false;
            case Organisatie o -> false;
            case Geen g -> false;
        };
    }

    /** Whether the scope holds the afdeling {@code afdelingId} of gemeente {@code gemeenteId}. */
    default boolean omvatAfdeling(long gemeenteId, long afdelingId) {
        return switch (this) {
            case Regio r -> true;
            case Gemeente g -> g.gemeenteId() == gemeenteId;
            case Afdeling a -> a.afdelingId() == afdelingId;
            case Organisatie o -> false;
            case Geen g -> false;
        };
    }

    /** Whether the scope holds the organisation: the region all, a gemeente those working for it, a respondent their own. */
    default boolean omvat(nl.gezin1plan.monitor.organisatie.Organisatie organisatie) {
        return organisaties().map(voorwaarde -> voorwaarde.bevat(organisatie)).orElse(false);
    }

    /** Whether the scope is exactly this gemeente: the one whose own checklist and judgements the person keeps. */
    default boolean isEigenGemeente(long gemeenteId) {
        return this instanceof Gemeente g && g.gemeenteId() == gemeenteId;
    }

    /** Whether the scope is exactly this afdeling. */
    default boolean isEigenAfdeling(long afdelingId) {
        return this instanceof Afdeling a && a.afdelingId() == afdelingId;
    }

    /** Whether the scope is exactly this organisation. */
    default boolean isEigenOrganisatie(long organisatieId) {
        return this instanceof Organisatie o && o.organisatieId() == organisatieId;
    }

    /** The gemeente the scope lies in, for a gemeente or afdeling; empty for the region and organisations. */
    default Optional<Long> gemeente() {
        return switch (this) {
            case Gemeente g -> Optional.of(g.gemeenteId());
            case Afdeling a -> Optional.of(a.gemeenteId());
            case Regio r -> Optional.empty();
            case Organisatie o -> Optional.empty();
            case Geen g -> Optional.empty();
        };
    }

    /**
     * The gemeente a view of gemeente figures is limited to: null for the region (no limit), else the gemeente the
     * scope lies in; a scope within no gemeente (an organisation, nothing) is refused.
     */
    default Long gemeenteGrens() {
        return isRegio() ? null : gemeente().orElseThrow(Toegang::geweigerd);
    }

    /**
     * The condition the scope puts on organisations, for queries and for single checks; empty where the scope holds
     * no organisation at all (an afdeling, nothing).
     */
    default Optional<ScopeVoorwaarde> organisaties() {
        return switch (this) {
            case Regio r -> Optional.of(ScopeVoorwaarde.ALLE);
            case Gemeente g -> Optional.of(ScopeVoorwaarde.werkendVoor(g.gemeenteId()));
            case Organisatie o -> Optional.of(ScopeVoorwaarde.alleen(o.organisatieId()));
            case Afdeling a -> Optional.empty();
            case Geen g -> Optional.empty();
        };
    }

    /** {@link #organisaties()}, refusing a scope that holds no organisation. */
    default ScopeVoorwaarde organisatiesOfWeiger() {
        return organisaties().orElseThrow(Toegang::geweigerd);
    }
}
