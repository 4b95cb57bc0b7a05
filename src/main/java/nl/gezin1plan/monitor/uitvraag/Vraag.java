package nl.gezin1plan.monitor.uitvraag;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;

/**
 * One question of the uitvraag. Answers are kept as text: ja/nee, a choice, a whole number, an ISO date or
 * free text. A question applies only when its condition holds and, if marked so, to organisations that work
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
            case PERCENTAGE -> geheelGetal(waarde, 100, "Vul een percentage in van 0 tot en met 100, zonder %-teken.");
            case GETAL -> geheelGetal(waarde, MAX_GETAL, "Vul een geheel getal in van 0 tot en met 1.000.000.");
            case DATUM -> datum(waarde);
            case TEKST -> waarde.length() > MAX_TEKST
                    ? Optional.of("Maximaal " + MAX_TEKST + " tekens; nu " + waarde.length() + ".") : Optional.empty();
        };
    }

    private static Optional<String> geheelGetal(String waarde, long max, String melding) {
        try {
            long getal = Long.parseLong(waarde.strip());
            return getal >= 0 && getal <= max ? Optional.empty() : Optional.of(melding);
        } catch (NumberFormatException e) {
            return Optional.of(melding);
        }
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
