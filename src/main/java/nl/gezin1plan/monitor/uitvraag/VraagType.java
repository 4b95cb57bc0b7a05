package nl.gezin1plan.monitor.uitvraag;

/** The kinds of question in an uitvraag; each decides which answers are valid. */
public enum VraagType {
    JA_NEE,
    KEUZE,
    PERCENTAGE,
    GETAL,
    DATUM,
    TEKST
}
