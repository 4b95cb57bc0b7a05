package nl.gezin1plan.monitor.uitvraag;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;

/**
 * One question of the uitvraag. Answers are kept as text: ja/nee, a choice, a number with a dot ("62.5"), an ISO
 * date or free text. A question applies only when its condition holds and, if marked so, to organisations that work
 * with youth under 23.
 */
public record Vraag(String sleutel, VraagType type, boolean verplicht, String tekst, String toelichting,
                    List<String> keuzes, Voorwaarde voorwaarde, boolean alleenJeugd) {

    public static final String JA = "ja";
    public static final String NEE = "nee";
    public static final int MAX_TEKST = 4000;
    public static final long MAX_GETAL = 1_000_000;

    public Vraag {
        keuzes = keuzes == null ? List.of() : List.copyOf(keuzes);
    }

    /** A message a respondent understands when the answer does not fit the question; empty when it does. */
    public Optional<String> controleer(String waarde) {
        return switch (type) {
            case JA_NEE -> JA.equals(waarde) || NEE.equals(waarde) ? Optional.empty() : Optional.of("Kies ja of nee.");
            case KEUZE -> keuzes.contains(waarde) ? Optional.empty() : Optional.of("Kies een van de mogelijkheden.");
            case PERCENTAGE -> getal(waarde, 100, "Vul een percentage in van 0 tot en met 100, zonder %-teken, "
                    + "bijvoorbeeld 62,5.");
            case GETAL -> getal(waarde, MAX_GETAL, "Vul een getal in van 0 tot en met 1000000, zonder punten, "
                    + "bijvoorbeeld 12 of 2,5.");
            case DATUM -> datum(waarde);
            case TEKST -> waarde.length() > MAX_TEKST
                    ? Optional.of("Maximaal " + MAX_TEKST + " tekens; nu " + waarde.length() + ".") : Optional.empty();
        };
    }

    /** The answer as it is kept, once {@link #controleer} accepted it: a number "62,5" is kept as "62.5". */
    public String opgeslagen(String waarde) {
        return switch (type) {
            case PERCENTAGE, GETAL -> Getal.lees(waarde).map(Getal::opgeslagen).orElseThrow();
            default -> waarde;
        };
    }

    private static Optional<String> getal(String waarde, long max, String melding) {
        return Getal.lees(waarde).filter(getal -> getal.compareTo(BigDecimal.valueOf(max)) <= 0).isPresent()
                ? Optional.empty() : Optional.of(melding);
    }

    private static Optional<String> datum(String waarde) {
        try {
            LocalDate datum = LocalDate.parse(waarde);
            return datum.getYear() >= 1990 && datum.getYear() <= 2100 ? Optional.empty()
                    : Optional.of("Kies een datum tussen 1990 en 2100.");
        } catch (DateTimeParseException e) {
            return Optional.of("Vul een geldige datum in als dd-mm-jjjj.");
        }
    }
}
