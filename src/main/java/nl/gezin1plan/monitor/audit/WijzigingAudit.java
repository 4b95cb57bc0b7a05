package nl.gezin1plan.monitor.audit;

import java.sql.Types;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import javax.sql.DataSource;
import nl.gezin1plan.monitor.base.ui.Formaat;
import nl.gezin1plan.monitor.checklist.ChecklistItemsGewijzigd;
import nl.gezin1plan.monitor.keurmerk.KeurmerkBeoordeeld;
import nl.gezin1plan.monitor.organisatie.Rol;
import nl.gezin1plan.monitor.uitvraag.AntwoordenGewijzigd;
import nl.gezin1plan.monitor.uitvraag.UitvraagGebeurtenisVastgelegd;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Puts what the checklist, uitvraag and keurmerk modules announce in the audit log, described in words as the log
 * shows them. Listens synchronously, so each line is written in the transaction of the change it describes and
 * commits or rolls back with it. A round opening carries over thousands of answers: their lines are written in
 * batches. Migration V19 described the history from before these events in the same words.
 */
@Component
class WijzigingAudit {

    private static final String INVOEGEN = "insert into audit_gebeurtenis (tijdstip, gebruikersnaam, rol, soort, "
            + "omschrijving, vraag) values (?, ?, ?, ?, ?, ?)";
    private static final int BLOK = 1_000;

    private final JdbcTemplate jdbc;

    WijzigingAudit(DataSource dataSource) {
        this.jdbc = new JdbcTemplate(dataSource);
    }

    @EventListener
    void checklist(ChecklistItemsGewijzigd gewijzigd) {
        String checklist = "Checklist " + gewijzigd.gemeente()
                + (gewijzigd.afdeling() == null ? "" : " / " + gewijzigd.afdeling()) + " " + gewijzigd.jaar();
        schrijf(gewijzigd.op(), gewijzigd.gebruikersnaam(), gewijzigd.rol(), gewijzigd.items().stream()
                .map(i -> new Regel(AuditSoort.WIJZIGING, checklist + ", item " + i.code() + " " + switch (i.soort()) {
                    case AANGEMAAKT -> "aangemaakt";
                    case GEWIJZIGD -> "gewijzigd";
                }, null)).toList());
    }

    /** The question's key stays in the text and its own column; {@link AuditLog} puts its wording in when read. */
    @EventListener
    void antwoorden(AntwoordenGewijzigd gewijzigd) {
        schrijf(gewijzigd.op(), gewijzigd.gebruikersnaam(), gewijzigd.rol(), gewijzigd.wijzigingen().stream()
                .map(a -> new Regel(AuditSoort.WIJZIGING, "Uitvraag " + a.jaar() + " " + a.organisatie() + ", vraag "
                        + a.vraag() + " " + switch (a.soort()) {
                            case BEANTWOORD -> "beantwoord";
                            case GEWIJZIGD -> "gewijzigd";
                            case GEWIST -> "gewist";
                        }, a.vraag())).toList());
    }

    @EventListener
    void uitvraag(UitvraagGebeurtenisVastgelegd gebeurtenis) {
        String omschrijving = "Uitvraag " + gebeurtenis.jaar() + " " + gebeurtenis.organisatie()
                + (gebeurtenis.deadline() == null ? "" : ", uiterste datum " + Formaat.datum(gebeurtenis.deadline()))
                + (gebeurtenis.reden() == null ? "" : ": " + gebeurtenis.reden());
        schrijf(gebeurtenis.op(), gebeurtenis.gebruikersnaam(), gebeurtenis.rol(),
                List.of(new Regel(AuditSoort.valueOf(gebeurtenis.soort()), omschrijving, null)));
    }

    @EventListener
    void keurmerk(KeurmerkBeoordeeld oordeel) {
        schrijf(oordeel.op(), oordeel.gebruikersnaam(), oordeel.rol(), List.of(new Regel(AuditSoort.OORDEEL,
                "Keurmerk " + oordeel.jaar() + " " + oordeel.organisatie() + ", criterium " + oordeel.criterium() + " "
                        + oordeel.uitkomst().name().toLowerCase(Locale.ROOT).replace('_', ' ') + ": " + oordeel.reden(),
                null)));
    }

    /** In the order given, so that the newest first lists the last of them first, as one change's history did. */
    private void schrijf(Instant op, String gebruikersnaam, Rol rol, List<Regel> regels) {
        long tijdstip = op.toEpochMilli();
        String naam = AuditGebeurtenis.kort(gebruikersnaam == null ? "" : gebruikersnaam, AuditGebeurtenis.MAXIMALE_NAAM);
        jdbc.batchUpdate(INVOEGEN, regels, BLOK, (sql, regel) -> {
            sql.setLong(1, tijdstip);
            sql.setString(2, naam);
            sql.setObject(3, rol == null ? null : rol.name(), Types.VARCHAR);
            sql.setString(4, regel.soort().name());
            sql.setString(5, AuditGebeurtenis.kort(regel.omschrijving(), AuditGebeurtenis.MAXIMALE_GEBEURTENIS));
            sql.setObject(6, regel.vraag(), Types.VARCHAR);
        });
    }

    private record Regel(AuditSoort soort, String omschrijving, String vraag) {
    }
}
