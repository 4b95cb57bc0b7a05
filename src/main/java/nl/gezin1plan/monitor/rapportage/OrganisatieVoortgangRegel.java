package nl.gezin1plan.monitor.rapportage;

import java.time.Instant;
import java.util.Map;
import nl.gezin1plan.monitor.keurmerk.KeurmerkUitslag;
import nl.gezin1plan.monitor.keurmerk.Uitkomst;
import nl.gezin1plan.monitor.uitvraag.UitvraagStatus;

/**
 * One organisation's implementation progress in a year, next to the year before: uitvraag status, answered
 * share, each keurmerk criterion and the keurmerk, and the key figures named in the questionnaire's data.
 */
public record OrganisatieVoortgangRegel(long uitvraagId, long organisatieId, String organisatie, String kvkNummer, int jaar,
                             UitvraagStatus status, Instant ingediendOp, boolean teLaat, int procentBeantwoord,
                             KeurmerkUitslag keurmerk, Map<String, String> kerncijfers, Vorig vorigJaar) {

    /** Last year's figures for the same organisation; null when it had no uitvraag then. */
    public record Vorig(int procentBeantwoord, Uitkomst keurmerk) {
    }

    /** The change since last year in words, e.g. "keurmerk: Onbekend → Voldaan; beantwoord +20". */
    public String verandering() {
        if (vorigJaar == null) {
            return "nieuw dit jaar";
        }
        StringBuilder tekst = new StringBuilder();
        if (vorigJaar.keurmerk() != keurmerk.totaal()) {
            tekst.append("keurmerk: ").append(vorigJaar.keurmerk().label()).append(" → ").append(keurmerk.totaal().label());
        }
        int verschil = procentBeantwoord - vorigJaar.procentBeantwoord();
        if (verschil != 0) {
            tekst.append(tekst.isEmpty() ? "" : "; ").append("beantwoord ").append(verschil > 0 ? "+" : "").append(verschil);
        }
        return tekst.isEmpty() ? "gelijk" : tekst.toString();
    }
}
