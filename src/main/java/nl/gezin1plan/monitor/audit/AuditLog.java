package nl.gezin1plan.monitor.audit;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import nl.gezin1plan.monitor.base.Zoekpatroon;
import nl.gezin1plan.monitor.base.ui.Formaat;
import nl.gezin1plan.monitor.organisatie.Personen;
import nl.gezin1plan.monitor.organisatie.Rol;
import nl.gezin1plan.monitor.uitvraag.VraagTeksten;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Reads the audit log, newest first, from the audit module's own table only: every line was described when it
 * happened (see {@link WijzigingAudit}; migration V19 described the older history). What it asks other modules, through
 * their APIs, is the wording of a question and the names of the page's people. Plain SQL that PostgreSQL and H2 both
 * run.
 */
@Component
class AuditLog {

    private static final String GEKOZEN = """
            from audit_gebeurtenis
            where (cast(:soort as varchar(30)) is null or soort = :soort)
              and (cast(:naam as varchar(102)) is null or lower(gebruikersnaam) like :naam escape '\\')
              and (cast(:van as bigint) is null or tijdstip >= :van)
              and (cast(:tot as bigint) is null or tijdstip < :tot)
            """;

    private static final String PAGINA = "select tijdstip, gebruikersnaam, rol, soort, omschrijving, bestand, regels, "
            + "bereik, vraag " + GEKOZEN + "order by tijdstip desc, id desc limit :limit offset :offset";

    private static final String AANTAL = "select count(*) " + GEKOZEN;

    private final JdbcClient jdbc;
    private final VraagTeksten vraagTeksten;
    private final Personen personen;

    AuditLog(DataSource dataSource, VraagTeksten vraagTeksten, Personen personen) {
        this.jdbc = JdbcClient.create(dataSource);
        this.vraagTeksten = vraagTeksten;
        this.personen = personen;
    }

    List<AuditRegel> pagina(AuditFilter filter, int offset, int limit) {
        Map<String, String> vragen = vraagTeksten.kort();
        List<AuditRegel> regels = metFilter(jdbc.sql(PAGINA), filter).param("limit", limit).param("offset", offset)
                .query((rs, i) -> new AuditRegel(Instant.ofEpochMilli(rs.getLong("tijdstip")),
                        rs.getString("gebruikersnaam"), rs.getString("rol") == null ? null : Rol.valueOf(rs.getString("rol")),
                        AuditSoort.valueOf(rs.getString("soort")),
                        inWoorden(rs.getString("omschrijving"), rs.getString("vraag"), vragen),
                        rs.getString("bestand"), rs.getObject("regels", Long.class), rs.getString("bereik"), null))
                .list();
        Map<String, String> namen = personen.namen(regels.stream().map(AuditRegel::gebruikersnaam).toList());
        return regels.stream().map(r -> new AuditRegel(r.tijdstip(), r.gebruikersnaam(), r.rol(), r.soort(),
                r.omschrijving(), r.bestand(), r.regels(), r.bereik(), namen.get(r.gebruikersnaam()))).toList();
    }

    /** "vraag werkt_volgens_richtlijn" becomes "vraag 'Werkt uw organisatie volgens de richtlijn …'". */
    private static String inWoorden(String omschrijving, String vraag, Map<String, String> vragen) {
        if (vraag == null || !vragen.containsKey(vraag)) {
            return omschrijving;
        }
        return omschrijving.replace(", vraag " + vraag + " ", ", vraag '" + vragen.get(vraag) + "' ");
    }

    int aantal(AuditFilter filter) {
        return metFilter(jdbc.sql(AANTAL), filter).query(Long.class).single().intValue();
    }

    private static JdbcClient.StatementSpec metFilter(JdbcClient.StatementSpec sql, AuditFilter filter) {
        return sql.param("soort", filter.soort() == null ? null : filter.soort().name())
                .param("naam", Zoekpatroon.bevat(filter.gebruikersnaam()))
                .param("van", millis(filter.van()))
                .param("tot", filter.tot() == null ? null : millis(filter.tot().plusDays(1)));
    }

    private static Long millis(LocalDate dag) {
        return dag == null ? null : dag.atStartOfDay(Formaat.TIJDZONE).toInstant().toEpochMilli();
    }
}
