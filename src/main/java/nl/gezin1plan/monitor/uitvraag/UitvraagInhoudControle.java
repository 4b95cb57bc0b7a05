package nl.gezin1plan.monitor.uitvraag;

/**
 * A check another module makes on a questionnaire version as it is loaded, on the section of the content file that is
 * its own (keurmerk: that every criterion names a question of the version). A Spring bean; an exception stops
 * start-up, so a typo in the content never reaches a user.
 */
public interface UitvraagInhoudControle {

    void controleer(UitvraagInhoud inhoud);
}
