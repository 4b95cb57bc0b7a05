package nl.gezin1plan.monitor.uitvraag.ui;

import com.vaadin.flow.component.Component;
import org.springframework.modulith.NamedInterface;

/**
 * Something another module shows on the gemeente's page of one organisation's uitvraag (the keurmerk and its
 * judgements), so that the page needs to know nothing of that module. A Spring bean.
 */
@NamedInterface("ui")
public interface UitvraagDetailOnderdeel {

    /**
     * Shown after the status and before the answers; null when there is nothing to show. {@code beoordeelbaar}: the
     * viewer may judge this organisation.
     */
    Component na(long uitvraagId, boolean beoordeelbaar);
}
