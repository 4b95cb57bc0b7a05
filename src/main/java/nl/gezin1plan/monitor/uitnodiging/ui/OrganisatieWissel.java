package nl.gezin1plan.monitor.uitnodiging.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.select.Select;
import java.util.List;
import nl.gezin1plan.monitor.uitnodiging.OrganisatieKeuzeService;
import nl.gezin1plan.monitor.uitnodiging.OrganisatieKeuzeService.Keuze;

/**
 * For a respondent who serves several organisations: which one they work for now. Choosing another reloads the page
 * in that organisation's scope. Shows nothing for someone with one organisation.
 */
public class OrganisatieWissel extends Div {

    final Select<Keuze> keuze = new Select<>();

    public OrganisatieWissel(OrganisatieKeuzeService service, String pad) {
        List<Keuze> keuzes = service.mijnOrganisaties();
        setVisible(keuzes.size() > 1);
        if (keuzes.size() <= 1) {
            return;
        }
        keuze.setLabel(getTranslation("uitnodiging.organisatie-kiezen"));
        keuze.setHelperText(getTranslation("uitnodiging.organisatie-kiezen.uitleg"));
        keuze.setWidth("24em");
        keuze.setMaxWidth("100%");
        keuze.setItems(keuzes);
        keuze.setItemLabelGenerator(Keuze::naam);
        keuze.setValue(keuzes.stream().filter(Keuze::gekozen).findFirst().orElse(null));
        keuze.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                service.kies(e.getValue().organisatieId());
                getUI().ifPresent(ui -> ui.getPage().setLocation(pad));
            }
        });
        add(keuze);
    }
}
