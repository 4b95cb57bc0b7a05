package nl.gezin1plan.monitor.uitnodiging;

import java.time.LocalDate;

/**
 * What the link page shows: the link's status and, for a link that exists, who is invited to which organisation's
 * uitvraag by which gemeenten; {@code bestaandAccount} when the address already has an account (log in instead). For
 * an invitation to an account the beheerder made, {@code gebruikersnaam} and {@code rol} instead of the uitvraag.
 */
public record UitnodigingWeergave(UitnodigingStatus status, String naam, String email, String organisatie,
                                  String gemeenten, int jaar, LocalDate deadline, boolean bestaandAccount,
                                  String gebruikersnaam, String rol) {

    static UitnodigingWeergave onbekend() {
        return new UitnodigingWeergave(UitnodigingStatus.ONBEKEND, null, null, null, null, 0, null, false, null, null);
    }

    static UitnodigingWeergave voorAccount(UitnodigingStatus status, Uitnodiging uitnodiging) {
        return new UitnodigingWeergave(status, uitnodiging.getNaam(), uitnodiging.getEmail(), null, null, 0, null,
                false, uitnodiging.getGebruiker().getGebruikersnaam(), uitnodiging.getGebruiker().getRol().label());
    }

    /** An invitation to choose the password of an account the beheerder made, not to an uitvraag. */
    public boolean isVoorAccount() {
        return gebruikersnaam != null;
    }
}
