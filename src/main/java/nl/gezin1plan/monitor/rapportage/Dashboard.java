package nl.gezin1plan.monitor.rapportage;

import java.util.List;
import java.util.Map;
import nl.gezin1plan.monitor.checklist.GemeenteOverzicht;
import nl.gezin1plan.monitor.checklist.GemeenteVoortgang;
import nl.gezin1plan.monitor.uitvraag.UitvraagStatus;

/**
 * Everything the start page shows a user for a year, within their scope.
 *
 * @param gemeente      the agendahouder's own gemeente in detail; null for region-wide roles
 * @param gemeenten     every gemeente in scope side by side
 * @param perStatus     number of organisations per uitvraag status
 * @param criteriaVoldaan per keurmerk criterion (name), how many organisations meet it
 * @param keurmerkPerJaar per year, how many organisations meet the basic requirements, of how many; null for a year
 *                        without uitvragen in scope ("geen gegevens", not zero)
 */
public record Dashboard(int jaar, GemeenteOverzicht gemeente, List<GemeenteVoortgang> gemeenten,
                        Map<UitvraagStatus, Long> perStatus, int organisaties, Map<String, Long> criteriaVoldaan,
                        Map<Integer, long[]> keurmerkPerJaar, List<AccountgesprekRegel> verlopenVervolgacties) {
}
