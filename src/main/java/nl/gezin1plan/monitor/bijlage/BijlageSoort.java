package nl.gezin1plan.monitor.bijlage;

/** What kind of object an attachment belongs to; each kind has one {@link BijlageEigenaar}. */
public enum BijlageSoort {
    CHECKLIST_ITEM,
    UITVRAAG_VRAAG,
    KEURMERK_CRITERIUM,
    ACCOUNTGESPREK
}
