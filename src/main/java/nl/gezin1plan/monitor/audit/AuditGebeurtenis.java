package nl.gezin1plan.monitor.audit;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.Instant;
import nl.gezin1plan.monitor.organisatie.Rol;

/**
 * One line of the audit log, described in words when it happened: a login, failed login, lock, export, import, a
 * change the beheerder made, and (written by {@link WijzigingAudit}) every change of a checklist item, answer or
 * keurmerk judgement and every submission, reopening and extended deadline. The audit log reads only this table.
 */
@Entity
class AuditGebeurtenis {

    static final int MAXIMALE_NAAM = 100;
    static final int MAXIMALE_OMSCHRIJVING = 2000;
    /** A change's description holds a reason of up to 2,000 characters after names; the column takes 4,000. */
    static final int MAXIMALE_GEBEURTENIS = 4000;
    static final int MAXIMAAL_BESTAND = 100;
    static final int MAXIMAAL_BEREIK = 300;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    /** Epoch milliseconds, as in the history's revisions, so that both are listed together. */
    private long tijdstip;

    private String gebruikersnaam;

    @Enumerated(EnumType.STRING)
    private Rol rol;

    @Enumerated(EnumType.STRING)
    private AuditSoort soort;

    private String omschrijving;

    /** An export's file, rows written and the user's scope; null for everything else. */
    private String bestand;

    private Long regels;

    private String bereik;

    protected AuditGebeurtenis() {
    }

    AuditGebeurtenis(Instant tijdstip, String gebruikersnaam, Rol rol, AuditSoort soort, String omschrijving) {
        this.tijdstip = tijdstip.toEpochMilli();
        this.gebruikersnaam = kort(gebruikersnaam == null ? "" : gebruikersnaam, MAXIMALE_NAAM);
        this.rol = rol;
        this.soort = soort;
        this.omschrijving = kort(omschrijving, MAXIMALE_OMSCHRIJVING);
    }

    static AuditGebeurtenis export(Instant tijdstip, String gebruikersnaam, Rol rol, String bestand, long regels,
                                   String bereik, String omschrijving) {
        return metBestand(AuditSoort.EXPORT, tijdstip, gebruikersnaam, rol, bestand, regels, bereik, omschrijving);
    }

    /** An export or import: the file, its rows and the user's scope in columns of their own. */
    static AuditGebeurtenis metBestand(AuditSoort soort, Instant tijdstip, String gebruikersnaam, Rol rol, String bestand,
                                       long regels, String bereik, String omschrijving) {
        AuditGebeurtenis gebeurtenis = new AuditGebeurtenis(tijdstip, gebruikersnaam, rol, soort, omschrijving);
        gebeurtenis.bestand = kort(bestand, MAXIMAAL_BESTAND);
        gebeurtenis.regels = regels;
        gebeurtenis.bereik = kort(bereik, MAXIMAAL_BEREIK);
        return gebeurtenis;
    }

    static String kort(String tekst, int lengte) {
        return tekst.length() > lengte ? tekst.substring(0, lengte) : tekst;
    }
}
