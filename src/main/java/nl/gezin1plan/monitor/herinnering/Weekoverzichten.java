package nl.gezin1plan.monitor.herinnering;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import javax.sql.DataSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The weekly digests sent, and what a digest reads: people, overdue checklist actions and overdue follow-ups, as
 * plain rows (the job runs without a logged-in user; the modules' services work within one).
 */
@Repository
class Weekoverzichten {

    /**
     * An active staff member; {@code wil} when they want the digest and have an e-mail address, {@code gehad} when
     * they had this week's already.
     */
    record Persoon(long id, String gebruikersnaam, String naam, String email, String rol, Long gemeenteId,
                   Long afdelingId, boolean wil, boolean gehad) {
    }

    record Actie(String code, String omschrijving, LocalDate planning) {
    }

    record Vervolg(String organisatie, String vervolgactie, LocalDate datum, String eigenaar, String vastgelegdDoor) {
    }

    private final JdbcClient jdbc;

    Weekoverzichten(DataSource dataSource) {
        this.jdbc = JdbcClient.create(dataSource);
    }

    /** Every active user who is not a respondent. */
    List<Persoon> personen(LocalDate week) {
        return jdbc.sql("""
                select g.id, g.gebruikersnaam, g.naam, trim(g.email) email, g.rol, g.gemeente_id, g.afdeling_id,
                       g.weekoverzicht and g.email is not null and trim(g.email) <> '' wil,
                       exists (select 1 from weekoverzicht_verstuurd w where w.gebruiker_id = g.id and w.week = :week) gehad
                from gebruiker g where g.actief = true and g.rol <> 'ORGANISATIE' order by g.id""")
                .param("week", week)
                .query((rs, i) -> new Persoon(rs.getLong("id"), rs.getString("gebruikersnaam"), rs.getString("naam"),
                        rs.getString("email"), rs.getString("rol"), rs.getObject("gemeente_id", Long.class),
                        rs.getObject("afdeling_id", Long.class), rs.getBoolean("wil"),
                        rs.getBoolean("gehad")))
                .list();
    }

    /**
     * The open actions planned before {@code vandaag} in the newest checklist of this gemeente (agendahouder) or
     * afdeling (aandachtsfunctionaris).
     */
    List<Actie> verlopenActies(String soort, long eigenaarId, LocalDate vandaag) {
        String kolom = soort.equals("AGENDAHOUDER") ? "c.gemeente_id" : "c.afdeling_id";
        return jdbc.sql("""
                select s.thema_code || s.nummer code, coalesce(i.geplande_actie, s.tekst) omschrijving, i.planning
                from checklist_item i join checklist c on c.id = i.checklist_id
                join checklist_sjabloon_item s on s.id = i.sjabloon_item_id
                where c.soort = :soort and %s = :eigenaar and i.planning < :vandaag
                  and i.status in ('NIET_GESTART', 'IN_UITVOERING')
                  and c.jaar = (select max(c2.jaar) from checklist c2 where c2.eigenaar = c.eigenaar)
                order by i.planning, s.volgorde""".formatted(kolom))
                .param("soort", soort).param("eigenaar", eigenaarId).param("vandaag", vandaag)
                .query((rs, i) -> new Actie(rs.getString("code"), rs.getString("omschrijving"),
                        rs.getObject("planning", LocalDate.class)))
                .list();
    }

    /** The follow-ups of accountgesprekken that are not done and were due before {@code vandaag}. */
    List<Vervolg> verlopenVervolg(LocalDate vandaag) {
        return jdbc.sql("""
                select o.naam, a.vervolgactie, a.vervolg_datum, a.vervolg_eigenaar, a.vastgelegd_door
                from accountgesprek a join organisatie o on o.id = a.organisatie_id
                where a.vervolgactie is not null and a.vervolg_afgerond = false and a.vervolg_datum < :vandaag
                order by a.vervolg_datum, a.id""")
                .param("vandaag", vandaag)
                .query((rs, i) -> new Vervolg(rs.getString("naam"), rs.getString("vervolgactie"),
                        rs.getObject("vervolg_datum", LocalDate.class), rs.getString("vervolg_eigenaar"),
                        rs.getString("vastgelegd_door")))
                .list();
    }

    /** Records the person's digest of this week unless another instance did; true when this transaction holds it. */
    boolean claim(long gebruikerId, LocalDate week, Instant nu, int acties) {
        return jdbc.sql("""
                insert into weekoverzicht_verstuurd (gebruiker_id, week, verstuurd_op, acties)
                values (:gebruiker, :week, :nu, :acties) on conflict do nothing""")
                .param("gebruiker", gebruikerId).param("week", week)
                .param("nu", OffsetDateTime.ofInstant(nu, ZoneOffset.UTC)).param("acties", acties)
                .update() == 1;
    }
}
