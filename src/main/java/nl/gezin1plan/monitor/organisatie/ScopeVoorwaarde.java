package nl.gezin1plan.monitor.organisatie;

import jakarta.persistence.Query;

/**
 * The condition a person's scope puts on organisations: all of them, those working for one gemeente, or one. The only
 * place that writes that condition, as JPQL, as SQL and as a check on one organisation, so that a page, a count, an
 * export stream and a single look-up agree. A null field sets no limit.
 */
public record ScopeVoorwaarde(Long gemeenteId, Long organisatieId) {

    public static final ScopeVoorwaarde ALLE = new ScopeVoorwaarde(null, null);

    public static ScopeVoorwaarde werkendVoor(long gemeenteId) {
        return new ScopeVoorwaarde(gemeenteId, null);
    }

    public static ScopeVoorwaarde alleen(long organisatieId) {
        return new ScopeVoorwaarde(null, organisatieId);
    }

    /** Whether the organisation meets the condition. */
    public boolean bevat(Organisatie organisatie) {
        return (gemeenteId == null || organisatie.werktVoor(gemeenteId))
                && (organisatieId == null || organisatieId.equals(organisatie.getId()));
    }

    /**
     * The condition further limited to the organisations working for {@code gemeente} (null: no further limit); a
     * gemeente outside the scope leaves nothing, which the caller refuses.
     */
    public java.util.Optional<ScopeVoorwaarde> binnen(Long gemeente) {
        if (gemeente == null || gemeente.equals(gemeenteId)) {
            return java.util.Optional.of(this);
        }
        if (gemeenteId != null) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(new ScopeVoorwaarde(gemeente, organisatieId));
    }

    /** The condition in JPQL on the organisation {@code alias}; its parameters are set by {@link #zet}. */
    public static String jpql(String alias) {
        return "(:scopeGemeente is null or exists (select 1 from Organisatie scopeOrganisatie"
                + " join scopeOrganisatie.gemeenten scopeGemeente where scopeOrganisatie = " + alias
                + " and scopeGemeente.id = :scopeGemeente))"
                + " and (:scopeOrganisatie is null or " + alias + ".id = :scopeOrganisatie)";
    }

    public void zet(Query query) {
        query.setParameter("scopeGemeente", gemeenteId);
        query.setParameter("scopeOrganisatie", organisatieId);
    }

    /**
     * The condition in SQL, for PostgreSQL and H2, on the column holding the organisation id; its four parameters, in
     * order, are {@link #sqlParameters()}.
     */
    public static String sql(String organisatieKolom) {
        return "(cast(? as bigint) is null or exists (select 1 from organisatie_gemeente scope_og"
                + " where scope_og.organisatie_id = " + organisatieKolom + " and scope_og.gemeente_id = ?))"
                + " and (cast(? as bigint) is null or " + organisatieKolom + " = ?)";
    }

    public Object[] sqlParameters() {
        return new Object[] {gemeenteId, gemeenteId, organisatieId, organisatieId};
    }
}
