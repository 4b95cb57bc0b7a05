package nl.gezin1plan.monitor.security;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.Instant;
import org.hibernate.envers.RevisionEntity;
import org.hibernate.envers.RevisionNumber;
import org.hibernate.envers.RevisionTimestamp;

/** One saved change set in the history (Hibernate Envers), with the user who made it. */
@Entity
@RevisionEntity(RevisieListener.class)
public class Revisie {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @RevisionNumber
    private Long id;

    @RevisionTimestamp
    private long tijdstip;

    private String gebruikersnaam;

    private String rol;

    public Long getId() {
        return id;
    }

    public Instant getTijdstip() {
        return Instant.ofEpochMilli(tijdstip);
    }

    public String getGebruikersnaam() {
        return gebruikersnaam;
    }

    void setGebruikersnaam(String gebruikersnaam) {
        this.gebruikersnaam = gebruikersnaam;
    }

    /** The role of the user at the time, e.g. AGENDAHOUDER; null for start-up jobs and older revisions. */
    public String getRol() {
        return rol;
    }

    void setRol(String rol) {
        this.rol = rol;
    }
}
