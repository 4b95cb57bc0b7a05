package nl.gezin1plan.monitor.checklist;

/** Who owns a checklist: a gemeente (agendahouder checklist) or an afdeling (aandachtsfunctionaris checklist). */
public record ChecklistEigenaar(ChecklistSoort soort, long id) {

    private static final String GEMEENTE = "gemeente";
    private static final String AFDELING = "afdeling";

    public static ChecklistEigenaar gemeente(long gemeenteId) {
        return new ChecklistEigenaar(ChecklistSoort.AGENDAHOUDER, gemeenteId);
    }

    public static ChecklistEigenaar afdeling(long afdelingId) {
        return new ChecklistEigenaar(ChecklistSoort.AANDACHTSFUNCTIONARIS, afdelingId);
    }

    /** Parses the route form, e.g. {@code gemeente} and {@code 12}. */
    public static ChecklistEigenaar van(String soort, long id) {
        return switch (soort) {
            case GEMEENTE -> gemeente(id);
            case AFDELING -> afdeling(id);
            default -> throw new IllegalArgumentException("Onbekende eigenaar: " + soort);
        };
    }

    static ChecklistEigenaar van(String sleutel) {
        String[] delen = sleutel.split(":");
        return van(delen[0], Long.parseLong(delen[1]));
    }

    public boolean isGemeente() {
        return soort == ChecklistSoort.AGENDAHOUDER;
    }

    public String routeSoort() {
        return isGemeente() ? GEMEENTE : AFDELING;
    }

    String sleutel() {
        return routeSoort() + ":" + id;
    }
}
