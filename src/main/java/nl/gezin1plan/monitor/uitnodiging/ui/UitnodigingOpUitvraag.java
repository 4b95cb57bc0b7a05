package nl.gezin1plan.monitor.uitnodiging.ui;

import com.vaadin.flow.component.Component;
import nl.gezin1plan.monitor.uitnodiging.OrganisatieKeuzeService;
import nl.gezin1plan.monitor.uitnodiging.UitnodigingBeheerService;
import nl.gezin1plan.monitor.uitvraag.ui.UitvraagOnderdeel;

/** On the respondent's uitvraag page: which organisation they work for (when several), and inviting a colleague. */
@org.springframework.stereotype.Component
class UitnodigingOpUitvraag implements UitvraagOnderdeel {

    private final UitnodigingBeheerService uitnodigingen;
    private final OrganisatieKeuzeService keuzes;

    UitnodigingOpUitvraag(UitnodigingBeheerService uitnodigingen, OrganisatieKeuzeService keuzes) {
        this.uitnodigingen = uitnodigingen;
        this.keuzes = keuzes;
    }

    @Override
    public Component boven(int jaar) {
        OrganisatieWissel wissel = new OrganisatieWissel(keuzes, "uitvraag?jaar=" + jaar);
        return wissel.isVisible() ? wissel : null;
    }

    @Override
    public Component onder(int jaar) {
        return new CollegaUitnodigen(uitnodigingen, jaar);
    }
}
