package nl.gezin1plan.monitor.jaarrapport;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import nl.gezin1plan.monitor.checklist.GemeenteOverzicht;
import nl.gezin1plan.monitor.checklist.ItemRegel;
import nl.gezin1plan.monitor.keurmerk.Uitkomst;
import nl.gezin1plan.monitor.rapportage.EvaluatieService;
import nl.gezin1plan.monitor.uitvraag.UitvraagStatus;

/**
 * Everything in one gemeente's yearly report.
 *
 * @param checklist      this year's gemeente and afdelingen; the gemeente's own checklist may be null (not started)
 * @param vorigJaar      the same a year earlier, for the change
 * @param openActies     the gemeente checklist's open items with a planned action or date, in handreiking order
 * @param uitvraag       the round among the organisations working for the gemeente
 * @param keurmerk       per criterion ("B1 Naam"), how many organisations have each outcome
 */
public record Jaarrapport(long gemeenteId, String gemeente, int jaar, LocalDate gemaaktOp, GemeenteOverzicht checklist,
                          GemeenteOverzicht vorigJaar, List<ItemRegel> openActies, Uitvraag uitvraag,
                          Map<String, Map<Uitkomst, Long>> keurmerk, EvaluatieService.Evaluatie evaluatie) {

    /**
     * The uitvraag round: organisations per status, and how many meet the keurmerk this year and, of those that
     * took part last year, last year; and last year's round among the organisations then working for the gemeente,
     * for the response rate year over year.
     */
    public record Uitvraag(Map<UitvraagStatus, Long> perStatus, long organisaties, long keurmerkVoldaan,
                           long metVorigJaar, long keurmerkVoldaanVorigJaar, long organisatiesVorigJaar,
                           long ingediendVorigJaar) {

        public long ingediend() {
            return perStatus.getOrDefault(UitvraagStatus.INGEDIEND, 0L);
        }
    }

    public boolean isVerlopen(ItemRegel actie) {
        return actie.isVerlopen(gemaaktOp);
    }
}
