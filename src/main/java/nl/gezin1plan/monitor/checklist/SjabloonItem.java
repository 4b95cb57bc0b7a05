package nl.gezin1plan.monitor.checklist;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.util.Arrays;
import java.util.List;

/** One item of a checklist template: theme, number within the theme, text, flags and help text. */
@Entity
@Table(name = "checklist_sjabloon_item")
public class SjabloonItem {

    private static final String SUBPUNT_SCHEIDING = "\n";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    private ChecklistVersie versie;

    @Enumerated(EnumType.STRING)
    private ChecklistSoort soort;

    private String themaCode;

    private String themaNaam;

    private int nummer;

    private int volgorde;

    private String tekst;

    private boolean optioneel;

    private boolean keurmerk;

    private String subpunten;

    private String advies;

    protected SjabloonItem() {
    }

    SjabloonItem(ChecklistVersie versie, ChecklistSoort soort, String themaCode, String themaNaam, int nummer,
                 int volgorde, String tekst, boolean optioneel, boolean keurmerk, List<String> subpunten, String advies) {
        this.versie = versie;
        this.soort = soort;
        this.themaCode = themaCode;
        this.themaNaam = themaNaam;
        this.nummer = nummer;
        this.volgorde = volgorde;
        this.tekst = tekst;
        this.optioneel = optioneel;
        this.keurmerk = keurmerk;
        this.subpunten = subpunten.isEmpty() ? null : String.join(SUBPUNT_SCHEIDING, subpunten);
        this.advies = advies;
    }

    public Long getId() {
        return id;
    }

    public ChecklistVersie getVersie() {
        return versie;
    }

    public ChecklistSoort getSoort() {
        return soort;
    }

    public String getThemaCode() {
        return themaCode;
    }

    public String getThemaNaam() {
        return themaNaam;
    }

    /** The theme as the handreiking writes it, e.g. "A Commitment". */
    public String getThema() {
        return themaCode + " " + themaNaam;
    }

    public int getNummer() {
        return nummer;
    }

    /** Stable key within a checklist kind, used to carry actions to a new year or version. */
    public String getSleutel() {
        return themaCode + nummer;
    }

    public int getVolgorde() {
        return volgorde;
    }

    public String getTekst() {
        return tekst;
    }

    public boolean isOptioneel() {
        return optioneel;
    }

    public boolean isKeurmerk() {
        return keurmerk;
    }

    public List<String> getSubpunten() {
        return subpunten == null ? List.of() : Arrays.asList(subpunten.split(SUBPUNT_SCHEIDING));
    }

    public String getAdvies() {
        return advies;
    }
}
