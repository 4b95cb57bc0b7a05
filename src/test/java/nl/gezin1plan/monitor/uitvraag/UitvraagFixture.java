package nl.gezin1plan.monitor.uitvraag;

import java.time.LocalDate;
import java.util.Map;
import nl.gezin1plan.monitor.TestGegevens;
import nl.gezin1plan.monitor.organisatie.Gemeente;
import nl.gezin1plan.monitor.organisatie.Organisatie;
import org.springframework.stereotype.Component;

/** A fresh gemeente with an agendahouder, and organisations with respondents, in an opened round. */
@Component
public class UitvraagFixture {

    private final TestGegevens gegevens;
    private final UitvraagRondeService rondes;
    private final UitvraagService uitvragen;

    UitvraagFixture(TestGegevens gegevens, UitvraagRondeService rondes, UitvraagService uitvragen) {
        this.gegevens = gegevens;
        this.rondes = rondes;
        this.uitvragen = uitvragen;
    }

    public record Opzet(Gemeente gemeente, String agendahouder, Organisatie organisatie, String respondent,
                        long uitvraagId) {
    }

    /** Opens {@code jaar} for a new organisation of a new gemeente; leaves the respondent logged in. */
    public Opzet nieuw(int jaar, boolean jeugd) {
        Gemeente gemeente = gegevens.gemeente();
        String agendahouder = gegevens.agendahouder(gemeente);
        Organisatie organisatie = gegevens.organisatie(jeugd, gemeente);
        String respondent = gegevens.respondent(organisatie);
        gegevens.logIn(agendahouder);
        rondes.openRonde(jaar, LocalDate.of(jaar, 9, 1), LocalDate.of(jaar, 10, 31));
        gegevens.logIn(respondent);
        return new Opzet(gemeente, agendahouder, organisatie, respondent,
                uitvragen.mijnUitvraag(jaar).orElseThrow().id());
    }

    /** Opens {@code jaar} for a new organisation, answers everything as {@link #beantwoordAlles} does, and submits. */
    public Opzet ingediend(int jaar, boolean jeugd, Map<String, String> anders) {
        Opzet opzet = nieuw(jaar, jeugd);
        beantwoordAlles(opzet.uitvraagId(), anders);
        uitvragen.dienIn(opzet.uitvraagId());
        return opzet;
    }

    /** Answers every question that applies with yes (or a fitting value), except where {@code anders} says. */
    public UitvraagWeergave beantwoordAlles(long uitvraagId, Map<String, String> anders) {
        UitvraagWeergave uitvraag = uitvragen.open(uitvraagId);
        for (var antwoord : anders.entrySet()) {
            uitvraag = uitvragen.beantwoord(uitvraagId, antwoord.getKey(), antwoord.getValue());
        }
        boolean verder = true;
        while (verder) {
            verder = false;
            for (Vraag vraag : uitvraag.inhoud().vanToepassing(uitvraag.antwoorden(), uitvraag.werktMetJeugd())) {
                if (!uitvraag.antwoorden().containsKey(vraag.sleutel())) {
                    uitvraag = uitvragen.beantwoord(uitvraagId, vraag.sleutel(), standaard(vraag));
                    verder = true;
                    break;
                }
            }
        }
        return uitvraag;
    }

    public static String standaard(Vraag vraag) {
        return switch (vraag.type()) {
            case JA_NEE -> Vraag.JA;
            case KEUZE -> vraag.keuzes().getFirst();
            case PERCENTAGE -> "80";
            case GETAL -> "12";
            case DATUM -> "2026-03-15";
            case TEKST -> "Geen bijzonderheden.";
        };
    }
}
