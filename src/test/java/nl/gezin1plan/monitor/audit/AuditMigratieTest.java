package nl.gezin1plan.monitor.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import nl.gezin1plan.monitor.PostgresTestDatabase;
import nl.gezin1plan.monitor.organisatie.Personen;
import nl.gezin1plan.monitor.organisatie.Rol;
import nl.gezin1plan.monitor.uitvraag.VraagTeksten;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationVersion;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * Migration V19 copies the history the audit log used to read from other modules' tables into its own table: on a
 * database with such history, the log reads the same lines, in the same order and words, before and after. Runs on
 * PostgreSQL and on H2 in PostgreSQL mode (the embedded default), without the application.
 */
class AuditMigratieTest {

    private static final MigrationVersion V19 = MigrationVersion.fromVersion("19");
    /** 25-12-2040 02:13:20 in Dutch time. */
    private static final long T = 2_240_010_800_000L;

    @Test
    void theMigratedHistoryReadsAsBeforeOnPostgresql() {
        controleer(PostgresTestDatabase.losseDatabase("auditmigratie"));
    }

    @Test
    void theMigratedHistoryReadsAsBeforeOnH2() {
        controleer(new DriverManagerDataSource("jdbc:h2:mem:auditmigratie-" + ProcessHandle.current().pid()
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1", "sa", ""));
    }

    private static void controleer(DataSource dataSource) {
        Flyway voor = flyway(dataSource, null);
        MigrationVersion laatsteVoor = java.util.Arrays.stream(voor.info().all()).map(MigrationInfo::getVersion)
                .filter(v -> v.compareTo(V19) < 0).max(MigrationVersion::compareTo).orElseThrow();
        flyway(dataSource, laatsteVoor).migrate();
        vul(new JdbcTemplate(dataSource));
        List<Map<String, Object>> vooraf = oudeLog(dataSource);

        flyway(dataSource, null).migrate();

        List<Map<String, Object>> achteraf = new JdbcTemplate(dataSource).queryForList("""
                select tijdstip, gebruikersnaam, rol, soort, omschrijving, bestand, regels, bereik, vraag
                from audit_gebeurtenis order by tijdstip desc, id desc""");
        assertThat(achteraf).hasSize(13).isEqualTo(vooraf);

        VraagTeksten vraagTeksten = mock(VraagTeksten.class);
        when(vraagTeksten.kort()).thenReturn(Map.of("werkt_volgens_richtlijn", "Werkt uw organisatie volgens de richtlijn?"));
        Personen personen = mock(Personen.class);
        when(personen.namen(any())).thenReturn(Map.of("ah", "Anna Agenda"));
        AuditLog log = new AuditLog(dataSource, vraagTeksten, personen);
        List<AuditRegel> regels = log.pagina(AuditFilter.ALLES, 0, 100);
        assertThat(regels).extracting(AuditRegel::omschrijving).containsExactly(
                "Zonder filters",
                "Uitvraag 2041 Zorg BV, uiterste datum 01-12-2041: Meer tijd nodig",
                "Uitvraag 2041 Zorg BV: Graag aanvullen",
                "Keurmerk 2041 Zorg BV, criterium V4 niet voldaan: Geen bewijs",
                "Uitvraag 2041 Zorg BV",
                // The history of a since cleared answer never said which uitvraag or question: it still does not.
                "Uitvraag  , vraag  gewist",
                "Uitvraag  , vraag b1_borgen beantwoord",
                "Uitvraag 2041 Zorg BV, vraag 'Werkt uw organisatie volgens de richtlijn?' beantwoord",
                // Within one millisecond the log's own lines came first, then a revision's rows, the newest first.
                "Ingelogd",
                "Checklist Leiden 2041, item A1 gewijzigd",
                "Checklist Leiden / Wijkteam Noord 2041, item B2 aangemaakt",
                "Checklist Leiden 2041, item A1 aangemaakt",
                "Ingelogd");
        assertThat(regels.getFirst()).satisfies(r -> {
            assertThat(r.soort()).isEqualTo(AuditSoort.EXPORT);
            assertThat(r.bestand()).isEqualTo("voortgang.csv");
            assertThat(r.regels()).isEqualTo(7L);
            assertThat(r.bereik()).isEqualTo("hele regio");
        });
        assertThat(regels.get(3)).satisfies(r -> {
            assertThat(r.soort()).isEqualTo(AuditSoort.OORDEEL);
            assertThat(r.rol()).isEqualTo(Rol.AGENDAHOUDER);
            assertThat(r.wie()).isEqualTo("Anna Agenda (ah)");
        });
        assertThat(regels.get(9).rol()).isNull();
        assertThat(log.aantal(new AuditFilter(AuditSoort.WIJZIGING, null, null, null))).isEqualTo(6);
        assertThat(log.aantal(new AuditFilter(null, "AH", null, null))).isEqualTo(7);
        assertThat(log.pagina(new AuditFilter(AuditSoort.HEROPEND, null, null, null), 0, 10)).singleElement()
                .extracting(AuditRegel::tijdstip).isEqualTo(java.time.Instant.ofEpochMilli(T + 5_000));
        assertThat(log.aantal(new AuditFilter(null, null, LocalDate.of(2040, 12, 25), LocalDate.of(2040, 12, 25))))
                .isEqualTo(13);
        assertThat(log.aantal(new AuditFilter(null, null, LocalDate.of(2040, 12, 26), null))).isZero();
    }

    private static Flyway flyway(DataSource dataSource, MigrationVersion doel) {
        var configuratie = Flyway.configure().dataSource(dataSource).locations("classpath:db/migration");
        return (doel == null ? configuratie : configuratie.target(doel)).load();
    }

    /**
     * History as the application left it before V19: two items created in one revision at the moment of a login,
     * a change from before roles were kept, answers (one since cleared), a judgement, a submission, a reopening, an
     * extended deadline and an export.
     */
    private static void vul(JdbcTemplate sql) {
        OffsetDateTime nu = OffsetDateTime.of(2041, 1, 1, 12, 0, 0, 0, ZoneOffset.UTC);
        sql.update("insert into regio (id, naam) values (1, 'Hollands Midden')");
        sql.update("insert into gemeente (id, regio_id, naam) values (1, 1, 'Leiden')");
        sql.update("insert into afdeling (id, gemeente_id, naam) values (1, 1, 'Wijkteam Noord')");
        sql.update("insert into organisatie (id, naam) values (1, 'Zorg BV')");
        sql.update("insert into checklist_versie (id, versie, naam, geladen_op) values (1, 'v6', 'Handreiking', ?)", nu);
        sql.update("""
                insert into checklist_sjabloon_item (id, versie_id, soort, thema_code, thema_naam, nummer, volgorde, tekst,
                    optioneel, keurmerk) values
                (1, 1, 'AGENDAHOUDER', 'A', 'Commitment', 1, 1, 'Vaststellen', false, false),
                (2, 1, 'AANDACHTSFUNCTIONARIS', 'B', 'Organisatiestructuur', 2, 2, 'Borgen', false, false)""");
        sql.update("""
                insert into checklist (id, soort, jaar, eigenaar, gemeente_id, afdeling_id, versie_id, aangemaakt_op) values
                (1, 'AGENDAHOUDER', 2041, 'G1', 1, null, 1, ?), (2, 'AANDACHTSFUNCTIONARIS', 2041, 'A1', 1, 1, 1, ?)""",
                nu, nu);
        sql.update("""
                insert into checklist_item (id, checklist_id, sjabloon_item_id, status) values
                (1, 1, 1, 'GEREED'), (2, 2, 2, 'NIET_GESTART')""");
        sql.update("insert into uitvraag_definitie (id, versie, naam, inhoud, geladen_op) values (1, 'v1', 'Uitvraag', '{}', ?)",
                nu);
        sql.update("""
                insert into uitvraag_ronde (id, jaar, definitie_id, opent_op, deadline, geopend_door, geopend_op)
                values (1, 2041, 1, ?, ?, 'ah', ?)""", LocalDate.of(2041, 9, 1), LocalDate.of(2041, 10, 31), nu);
        sql.update("insert into uitvraag (id, ronde_id, organisatie_id, status) values (1, 1, 1, 'HEROPEND')");
        sql.update("""
                insert into antwoord (id, uitvraag_id, vraag, waarde, gewijzigd_door, gewijzigd_op)
                values (1, 1, 'werkt_volgens_richtlijn', 'ja', 'org', ?)""", nu);
        sql.update("""
                insert into keurmerk_oordeel (id, uitvraag_id, criterium, resultaat, reden, door, op)
                values (1, 1, 'V4', 'NIET_VOLDAAN', 'Geen bewijs', 'ah', ?)""", nu);
        sql.update("""
                insert into revisie (id, tijdstip, gebruikersnaam, rol) values
                (1, ?, 'ah', 'AGENDAHOUDER'), (2, ?, 'oud', null), (3, ?, 'org', 'ORGANISATIE'),
                (4, ?, 'org', 'ORGANISATIE'), (5, ?, 'ah', 'AGENDAHOUDER')""", T, T + 1_000, T + 2_000, T + 2_500,
                T + 4_000);
        sql.update("""
                insert into checklist_item_aud (id, rev, revtype, status) values
                (1, 1, 0, 'NIET_GESTART'), (2, 1, 0, 'NIET_GESTART'), (1, 2, 1, 'GEREED')""");
        sql.update("""
                insert into antwoord_aud (id, rev, revtype, vraag, waarde, gewijzigd_door) values
                (1, 3, 0, 'werkt_volgens_richtlijn', 'ja', 'org'), (5, 3, 0, 'b1_borgen', 'ja', 'org'),
                (5, 4, 2, null, null, null)""");
        sql.update("""
                insert into keurmerk_oordeel_aud (id, rev, revtype, uitvraag_id, criterium, resultaat, reden, door, op)
                values (1, 5, 0, 1, 'V4', 'NIET_VOLDAAN', 'Geen bewijs', 'ah', ?)""", nu);
        sql.update("""
                insert into uitvraag_gebeurtenis (id, uitvraag_id, soort, reden, door, door_rol, op, deadline) values
                (1, 1, 'INGEDIEND', null, 'org', 'ORGANISATIE', ?, null),
                (2, 1, 'HEROPEND', 'Graag aanvullen', 'ah', 'AGENDAHOUDER', ?, null),
                (3, 1, 'DEADLINE_VERLENGD', 'Meer tijd nodig', 'ah', 'AGENDAHOUDER', ?, ?)""",
                moment(T + 3_000), moment(T + 5_000), moment(T + 6_000), LocalDate.of(2041, 12, 1));
        sql.update("""
                insert into audit_gebeurtenis (tijdstip, gebruikersnaam, rol, soort, omschrijving) values
                (?, 'ah', 'AGENDAHOUDER', 'LOGIN', 'Ingelogd'), (?, 'ah', 'AGENDAHOUDER', 'LOGIN', 'Ingelogd')""",
                T - 1, T + 1_000);
        sql.update("""
                insert into audit_gebeurtenis (tijdstip, gebruikersnaam, rol, soort, omschrijving, bestand, regels, bereik)
                values (?, 'bh', 'BEHEERDER', 'EXPORT', 'Zonder filters', 'voortgang.csv', 7, 'hele regio')""",
                T + 7_000);
    }

    private static OffsetDateTime moment(long millis) {
        return java.time.Instant.ofEpochMilli(millis).atOffset(ZoneOffset.UTC);
    }

    /** The rows the audit log's query read before V19, unchanged (the page of everything, newest first). */
    private static List<Map<String, Object>> oudeLog(DataSource dataSource) {
        return new NamedParameterJdbcTemplate(dataSource).queryForList(OUDE_PAGINA, new MapSqlParameterSource()
                .addValue("soort", null).addValue("naam", null).addValue("van", null).addValue("tot", null)
                .addValue("limit", 1000).addValue("offset", 0));
    }

    private static final String OUDE_PAGINA = """
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
            select p.tijdstip, p.gebruikersnaam, p.rol, p.soort,
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
                   end as omschrijving,
                   a.bestand, a.regels, a.bereik, va.vraag
            from (select * from gekozen order by tijdstip desc, bron, ref desc, rev desc
                  limit :limit offset :offset) p
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
}
