package nl.gezin1plan.monitor.organisatie;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/** A person who holds a role in a gemeente, afdeling or organisation, or region-wide. */
@Entity
public class Gebruiker {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String gebruikersnaam;

    private String naam;

    private String email;

    private String wachtwoordHash;

    @Enumerated(EnumType.STRING)
    private Rol rol;

    @ManyToOne(fetch = FetchType.LAZY)
    private Gemeente gemeente;

    @ManyToOne(fetch = FetchType.LAZY)
    private Afdeling afdeling;

    @ManyToOne(fetch = FetchType.LAZY)
    private Organisatie organisatie;

    private boolean actief = true;

    /** Whether the person gets the weekly e-mail of their overdue actions and follow-ups (switched off on "Mijn account"). */
    private boolean weekoverzicht = true;

    /** A session that began before this moment is ended on its next request; null: every session is valid. */
    private Instant sessiesGeldigVanaf;

    @Version
    private long version;

    protected Gebruiker() {
    }

    private Gebruiker(String gebruikersnaam, String naam, String wachtwoordHash, Rol rol) {
        this.gebruikersnaam = gebruikersnaam;
        this.naam = naam;
        this.wachtwoordHash = wachtwoordHash;
        this.rol = rol;
    }

    /**
     * A user name as stored and compared: one with an @ is an e-mail address, and those are kept in lower case, so
     * that {@code Anna.DeVries@…} at login, in Beheer or in the first beheerder's setting is the same person.
     */
    public static String gebruikersnaam(String getypt) {
        return getypt != null && getypt.contains("@") ? getypt.toLowerCase(java.util.Locale.ROOT) : getypt;
    }

    public static Gebruiker regionaal(String gebruikersnaam, String naam, String wachtwoordHash, Rol rol) {
        if (rol.eenheid() != Rol.Eenheid.REGIO) {
            throw new IllegalArgumentException("Rol " + rol + " hoort bij een gemeente, afdeling of organisatie");
        }
        return new Gebruiker(gebruikersnaam, naam, wachtwoordHash, rol);
    }

    public static Gebruiker agendahouder(String gebruikersnaam, String naam, String wachtwoordHash, Gemeente gemeente) {
        return inGemeente(gebruikersnaam, naam, wachtwoordHash, Rol.AGENDAHOUDER, gemeente);
    }

    public static Gebruiker aandachtsfunctionaris(String gebruikersnaam, String naam, String wachtwoordHash, Afdeling afdeling) {
        return inAfdeling(gebruikersnaam, naam, wachtwoordHash, Rol.AANDACHTSFUNCTIONARIS, afdeling);
    }

    public static Gebruiker respondent(String gebruikersnaam, String naam, String wachtwoordHash, Organisatie organisatie) {
        return inOrganisatie(gebruikersnaam, naam, wachtwoordHash, Rol.ORGANISATIE, organisatie);
    }

    /** A person holding {@code rol}, a role held in a gemeente, in {@code gemeente}. */
    public static Gebruiker inGemeente(String gebruikersnaam, String naam, String wachtwoordHash, Rol rol,
                                       Gemeente gemeente) {
        Gebruiker gebruiker = new Gebruiker(gebruikersnaam, naam, wachtwoordHash, vereist(rol, Rol.Eenheid.GEMEENTE));
        gebruiker.gemeente = gemeente;
        return gebruiker;
    }

    /** A person holding {@code rol}, a role held in an afdeling, in {@code afdeling} (and so in its gemeente). */
    public static Gebruiker inAfdeling(String gebruikersnaam, String naam, String wachtwoordHash, Rol rol,
                                       Afdeling afdeling) {
        Gebruiker gebruiker = new Gebruiker(gebruikersnaam, naam, wachtwoordHash, vereist(rol, Rol.Eenheid.AFDELING));
        gebruiker.afdeling = afdeling;
        gebruiker.gemeente = afdeling.getGemeente();
        return gebruiker;
    }

    /** A person holding {@code rol}, a role held in an organisation, for {@code organisatie}. */
    public static Gebruiker inOrganisatie(String gebruikersnaam, String naam, String wachtwoordHash, Rol rol,
                                          Organisatie organisatie) {
        Gebruiker gebruiker = new Gebruiker(gebruikersnaam, naam, wachtwoordHash, vereist(rol, Rol.Eenheid.ORGANISATIE));
        gebruiker.organisatie = organisatie;
        return gebruiker;
    }

    private static Rol vereist(Rol rol, Rol.Eenheid eenheid) {
        if (rol.eenheid() != eenheid) {
            throw new IllegalArgumentException("Rol " + rol + " hoort niet bij een " + eenheid.name().toLowerCase(java.util.Locale.ROOT));
        }
        return rol;
    }

    public Long getId() {
        return id;
    }

    public String getGebruikersnaam() {
        return gebruikersnaam;
    }

    public String getNaam() {
        return naam;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getWachtwoordHash() {
        return wachtwoordHash;
    }

    public Rol getRol() {
        return rol;
    }

    public Gemeente getGemeente() {
        return gemeente;
    }

    public Afdeling getAfdeling() {
        return afdeling;
    }

    public Organisatie getOrganisatie() {
        return organisatie;
    }

    public boolean isActief() {
        return actief;
    }

    /** A new name, e-mail address, role or scope; the scope fields that do not belong to the role are cleared. */
    public void wijzig(String naam, String email, Rol rol, Gemeente gemeente, Afdeling afdeling, Organisatie organisatie) {
        this.naam = naam;
        this.email = email;
        this.rol = rol;
        this.gemeente = switch (rol.eenheid()) {
            case GEMEENTE -> gemeente;
            case AFDELING -> afdeling.getGemeente();
            case REGIO, ORGANISATIE -> null;
        };
        this.afdeling = rol.eenheid() == Rol.Eenheid.AFDELING ? afdeling : null;
        this.organisatie = rol.eenheid() == Rol.Eenheid.ORGANISATIE ? organisatie : null;
    }

    public boolean isWeekoverzicht() {
        return weekoverzicht;
    }

    public void setWeekoverzicht(boolean weekoverzicht) {
        this.weekoverzicht = weekoverzicht;
    }

    public Instant getSessiesGeldigVanaf() {
        return sessiesGeldigVanaf;
    }

    /** A new password: every session that began before {@code nu} ends. */
    public void wijzigWachtwoord(String wachtwoordHash, Instant nu) {
        this.wachtwoordHash = wachtwoordHash;
        beeindigSessies(nu);
    }

    /** The person's own name and e-mail address (their role and scope stay as the beheerder set them). */
    public void wijzigNaamEnEmail(String naam, String email) {
        this.naam = naam;
        this.email = email;
    }

    /** Ends, on their next request, every session of this person that began before {@code nu}, on every instance. */
    public void beeindigSessies(Instant nu) {
        // As precise as the database keeps it, so that a session stamped with the same moment stays valid.
        this.sessiesGeldigVanaf = nu.truncatedTo(ChronoUnit.MICROS);
    }

    /** An inactive person cannot log in; their name stays in every history. */
    public void zetActief(boolean actief) {
        this.actief = actief;
    }
}
