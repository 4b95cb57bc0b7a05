package nl.gezin1plan.monitor.uitnodiging;

import java.time.LocalDate;

/**
 * What the link page shows: the link's status and, for a link that exists, who is invited to which organisation's
 * uitvraag by which gemeenten; {@code bestaandAccount} when the address already has an account (log in instead).
 */
public record UitnodigingWeergave(UitnodigingStatus status, String naam, String email, String organisatie,
                                  String gemeenten, int jaar, LocalDate deadline, boolean bestaandAccount) {

    static UitnodigingWeergave onbekend() {
        return new UitnodigingWeergave(UitnodigingStatus.ONBEKEND, null, null, null, null, 0, null, false);
    }
}
