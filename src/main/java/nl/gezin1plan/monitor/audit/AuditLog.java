package nl.gezin1plan.monitor.audit;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import nl.gezin1plan.monitor.base.Zoekpatroon;
import nl.gezin1plan.monitor.base.ui.Formaat;
import nl.gezin1plan.monitor.organisatie.Rol;
import nl.gezin1plan.monitor.uitvraag.VraagTeksten;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Reads the audit log as one list, newest first: what {@link AuditGebeurtenis} recorded, every revision of a
 * checklist item, answer or keurmerk judgement (Envers), and the submissions, reopenings and extended deadlines of
 * uitvragen. Only the requested page is sorted out of narrow rows and then described. Plain SQL that PostgreSQL
 * and H2 both run.
 */
@Component
class AuditLog {

    private static final String REGELS = """
            with regel as (
                select 'A' as bron, a.id as ref, cast(0 as bigint) as rev, a.tijdstip, a.gebruikersnaam, a.rol, a.soort
                from audit_gebeurtenis a
                union all
                select 'C', c.id, c.rev, r.tijdstip, r.gebruikersnaam, r.rol, 'WIJZIGING'
                from checklist_item_aud c join revisie r on r.id = c.rev
                union all
                select 'V', v.id, v.rev, r.tijdstip, r.gebruikersnaam, r.rol, 'WIJZIGING'
                from antwoord_aud v join revisie r on r.id = v.rev
                union all
                select 'K', k.id, k.rev, r.tijdstip, r.gebruikersnaam, r.rol, 'OORDEEL'
                from keurmerk_oordeel_aud k join revisie r on r.id = k.rev
                union all
                select 'U', g.id, cast(0 as bigint), cast(extract(epoch from g.op) * 1000 as bigint), g.door, g.door_rol, g.soort
                from uitvraag_gebeurtenis g
            ), gekozen as (
                select * from regel
                where (cast(:soort as varchar(30)) is null or soort = :soort)
                  and (cast(:naam as varchar(102)) is null or lower(gebruikersnaam) like :naam escape '\\')
                  and (cast(:van as bigint) is null or tijdstip >= :van)
                  and (cast(:tot as bigint) is null or tijdstip < :tot)
            )
            """;

    private static final String PAGINA = REGELS + """
            select p.tijdstip, p.gebruikersnaam, pg.naam as persoon, p.rol, p.soort, a.bestand, a.regels, a.bereik,
                   va.vraag,
                   case p.bron
                       when 'A' then a.omschrijving
                       when 'C' then concat('Checklist ', cg.naam, coalesce(' / ' || caf.naam, ''), ' ', cl.jaar,
                                            ', item ', cs.thema_code, cs.nummer, ' ',
                                            case ca.revtype when 0 then 'aangemaakt' when 2 then 'verwijderd' else 'gewijzigd' end)
                       when 'V' then concat('Uitvraag ', vr.jaar, ' ', vo.naam, ', vraag ', va.vraag, ' ',
                                            case va.revtype when 0 then 'beantwoord' when 2 then 'gewist' else 'gewijzigd' end)
                       when 'K' then concat('Keurmerk ', kr.jaar, ' ', ko.naam, ', criterium ', ka.criterium, ' ',
                                            lower(replace(ka.resultaat, '_', ' ')), ': ', ka.reden)
                       else concat('Uitvraag ', ur.jaar, ' ', uo.naam,
                                   coalesce(', uiterste datum ' || to_char(ug.deadline, 'DD-MM-YYYY'), ''),
                                   coalesce(': ' || ug.reden, ''))
                   end as omschrijving
            from (select * from gekozen order by tijdstip desc, bron, ref desc, rev desc
                  limit :limit offset :offset) p
            left join gebruiker pg on pg.gebruikersnaam = p.gebruikersnaam
            left join audit_gebeurtenis a on p.bron = 'A' and a.id = p.ref
            left join checklist_item_aud ca on p.bron = 'C' and ca.id = p.ref and ca.rev = p.rev
            left join checklist_item ci on ci.id = ca.id
            left join checklist cl on cl.id = ci.checklist_id
            left join gemeente cg on cg.id = cl.gemeente_id
            left join afdeling caf on caf.id = cl.afdeling_id
            left join checklist_sjabloon_item cs on cs.id = ci.sjabloon_item_id
            left join antwoord_aud va on p.bron = 'V' and va.id = p.ref and va.rev = p.rev
            left join antwoord vn on vn.id = va.id
            left join uitvraag vu on vu.id = vn.uitvraag_id
            left join uitvraag_ronde vr on vr.id = vu.ronde_id
            left join organisatie vo on vo.id = vu.organisatie_id
            left join keurmerk_oordeel_aud ka on p.bron = 'K' and ka.id = p.ref and ka.rev = p.rev
            left join uitvraag ku on ku.id = ka.uitvraag_id
            left join uitvraag_ronde kr on kr.id = ku.ronde_id
            left join organisatie ko on ko.id = ku.organisatie_id
            left join uitvraag_gebeurtenis ug on p.bron = 'U' and ug.id = p.ref
            left join uitvraag uu on uu.id = ug.uitvraag_id
            left join uitvraag_ronde ur on ur.id = uu.ronde_id
            left join organisatie uo on uo.id = uu.organisatie_id
            order by p.tijdstip desc, p.bron, p.ref desc, p.rev desc
            """;

    private static final String AANTAL = REGELS + "select count(*) from gekozen";

    private final JdbcClient jdbc;
    private final VraagTeksten vraagTeksten;

    AuditLog(DataSource dataSource, VraagTeksten vraagTeksten) {
        this.jdbc = JdbcClient.create(dataSource);
        this.vraagTeksten = vraagTeksten;
    }

    List<AuditRegel> pagina(AuditFilter filter, int offset, int limit) {
        Map<String, String> vragen = vraagTeksten.kort();
        return metFilter(jdbc.sql(PAGINA), filter).param("limit", limit).param("offset", offset)
                .query((rs, i) -> new AuditRegel(Instant.ofEpochMilli(rs.getLong("tijdstip")),
                        rs.getString("gebruikersnaam"), rs.getString("rol") == null ? null : Rol.valueOf(rs.getString("rol")),
                        AuditSoort.valueOf(rs.getString("soort")),
                        inWoorden(rs.getString("omschrijving"), rs.getString("vraag"), vragen),
                        rs.getString("bestand"), rs.getObject("regels", Long.class), rs.getString("bereik"),
                        rs.getString("persoon")))
                .list();
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
