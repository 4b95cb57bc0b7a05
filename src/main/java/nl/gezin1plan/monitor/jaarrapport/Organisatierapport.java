package nl.gezin1plan.monitor.jaarrapport;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import nl.gezin1plan.monitor.keurmerk.KeurmerkUitslag;
import nl.gezin1plan.monitor.keurmerk.Uitkomst;
import nl.gezin1plan.monitor.organisatie.Personen;
import nl.gezin1plan.monitor.uitvraag.UitvraagStatus;
import nl.gezin1plan.monitor.uitvraag.UitvraagWeergave;

/**
 * Everything in one organisation's report for a year.
 *
 * @param uitvraag the year's uitvraag with its questionnaire, answers and what happened to it (submitted, reopened)
 * @param keurmerk every criterion with its outcome, what is missing and the gemeente's judgement
 * @param namen    the person's name of each user name that judged a criterion
 * @param historie the organisation's uitvragen over the years, oldest first
 */
public record Organisatierapport(UitvraagWeergave uitvraag, String kvkNummer, LocalDate gemaaktOp,
                                 KeurmerkUitslag keurmerk, Map<String, String> namen, List<Jaar> historie) {

    public record Jaar(int jaar, UitvraagStatus status, int procentBeantwoord, Uitkomst keurmerk) {
    }

    public String organisatie() {
        return uitvraag.organisatie();
    }

    public int jaar() {
        return uitvraag.jaar();
    }

    /** "Naam (gebruikersnaam)", as histories name people. */
    public String wie(String gebruikersnaam) {
        return Personen.wie(namen.get(gebruikersnaam), gebruikersnaam);
    }
}
