package nl.gezin1plan.monitor.uitnodiging;

/** What a personal link can still do: lead to an account (GELDIG), or why not. ONBEKEND also covers forged codes. */
public enum UitnodigingStatus {
    GELDIG, VERLOPEN, GEBRUIKT, VERVANGEN, ONBEKEND
}
