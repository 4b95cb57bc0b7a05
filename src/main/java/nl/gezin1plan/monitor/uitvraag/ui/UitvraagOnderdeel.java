package nl.gezin1plan.monitor.uitvraag.ui;

import com.vaadin.flow.component.Component;
import org.springframework.modulith.NamedInterface;

/**
 * Something another module shows on the respondent's uitvraag page (e.g. inviting a colleague), so that the page
 * needs to know nothing of that module. A Spring bean; each method gives null when there is nothing to show.
 */
@NamedInterface("ui")
public interface UitvraagOnderdeel {

    /** Shown under the title, before the questions. */
    default Component boven(int jaar) {
        return null;
    }

    /** Shown after the questions. */
    default Component onder(int jaar) {
        return null;
    }
}
