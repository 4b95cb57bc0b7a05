package nl.gezin1plan.monitor.herinnering;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.sql.DataSource;
import nl.gezin1plan.monitor.checklist.ChecklistEigenaar;
import nl.gezin1plan.monitor.checklist.ChecklistsVoorTaken;
import nl.gezin1plan.monitor.herinnering.VerlopenVervolgacties.Vervolg;
import nl.gezin1plan.monitor.organisatie.PersonenVoorTaken;
import nl.gezin1plan.monitor.security.Rechten;
import nl.gezin1plan.monitor.security.Scope;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The weekly digests sent, and what a digest reads: people and overdue checklist actions from the owning modules'
 * components for jobs ({@link PersonenVoorTaken}, {@link ChecklistsVoorTaken}; the job runs without a logged-in user and
 * the modules' services work within one), and the overdue follow-ups of accountgesprekken from whichever module
 * contributes them ({@link VerlopenVervolgacties}).
 */
@Repository
class Weekoverzichten {

    /**
     * An active staff member; {@code checklist} the one they keep (null: none), {@code wil} when they want the digest
     * and have an e-mail address, {@code gehad} when they had this week's already.
     */
    record Persoon(long id, String gebruikersnaam, String naam, String email, ChecklistEigenaar checklist, boolean wil,
                   boolean gehad) {
    }

    record Actie(String code, String omschrijving, LocalDate planning) {
    }

    private final JdbcClient jdbc;
    private final PersonenVoorTaken personen;
    private final ChecklistsVoorTaken checklists;
    private final List<VerlopenVervolgacties> vervolgacties;

    Weekoverzichten(DataSource dataSource, PersonenVoorTaken personen, ChecklistsVoorTaken checklists,
                    List<VerlopenVervolgacties> vervolgacties) {
        this.jdbc = JdbcClient.create(dataSource);
        this.personen = personen;
        this.checklists = checklists;
        this.vervolgacties = vervolgacties;
    }

    /** Every active user who is not a respondent. */
    List<Persoon> personen(LocalDate week) {
        Set<Long> gehad = new HashSet<>(jdbc.sql("select gebruiker_id from weekoverzicht_verstuurd where week = :week")
                .param("week", week).query(Long.class).list());
        return personen.actieveMedewerkers().stream()
                .map(m -> new Persoon(m.id(), m.gebruikersnaam(), m.naam(), m.email(), eigenChecklist(m),
                        m.wilWeekoverzicht(), gehad.contains(m.id())))
                .toList();
    }

    /**
     * The checklist a staff member keeps ({@link Rechten#CHECKLIST_BIJHOUDEN}): the one of the gemeente or afdeling
     * their scope is; null for anyone else.
     */
    private static ChecklistEigenaar eigenChecklist(PersonenVoorTaken.Medewerker medewerker) {
        if (!Rechten.van(medewerker.rol()).contains(Rechten.CHECKLIST_BIJHOUDEN)) {
            return null;
        }
        return switch (Scope.van(medewerker.rol(), medewerker.gemeenteId(), medewerker.afdelingId(), null)) {
            case Scope.Gemeente gemeente -> ChecklistEigenaar.gemeente(gemeente.gemeenteId());
            case Scope.Afdeling afdeling -> ChecklistEigenaar.afdeling(afdeling.afdelingId());
            case Scope.Regio regio -> null;
            case Scope.Organisatie organisatie -> null;
            case Scope.Geen geen -> null;
        };
    }

    /** The open actions planned before {@code vandaag} in the newest checklist of this gemeente or afdeling. */
    List<Actie> verlopenActies(ChecklistEigenaar eigenaar, LocalDate vandaag) {
        return checklists.verlopenActies(eigenaar.soort(), eigenaar.id(), vandaag).stream()
                .map(a -> new Actie(a.code(), a.omschrijving(), a.planning())).toList();
    }

    /** The follow-ups of accountgesprekken that are not done and were due before {@code vandaag}. */
    List<Vervolg> verlopenVervolg(LocalDate vandaag) {
        return vervolgacties.stream().flatMap(bron -> bron.verlopen(vandaag).stream()).toList();
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
