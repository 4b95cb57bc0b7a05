package nl.gezin1plan.monitor.beheer.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.UploadHandler;
import jakarta.annotation.security.RolesAllowed;
import java.util.stream.Collectors;
import nl.gezin1plan.monitor.base.ui.RijKnop;
import nl.gezin1plan.monitor.base.ui.UploadTeksten;
import nl.gezin1plan.monitor.beheer.ImportRapport;
import nl.gezin1plan.monitor.beheer.OrganisatieRegel;
import nl.gezin1plan.monitor.beheer.OrganisatieRegisterService;
import nl.gezin1plan.monitor.security.Rollen;

/** The register of organisations: list, add, edit, and import the lists account managers keep. */
@Route("organisaties")
@PageTitle("Organisaties | 1Gezin1Plan implementatiemonitor")
@RolesAllowed({Rollen.BEHEERDER, Rollen.AGENDAHOUDER})
public class OrganisatiesView extends Main {

    private final OrganisatieRegisterService service;
    final Grid<OrganisatieRegel> grid = new Grid<>();
    final Div rapport = new Div();

    public OrganisatiesView(OrganisatieRegisterService service) {
        this.service = service;
        add(new H1(getTranslation("organisaties.titel")));
        Button toevoegen = new Button(getTranslation("organisaties.toevoegen"),
                e -> new OrganisatieDialog(service, null, this::ververs).open());
        add(toevoegen);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(OrganisatieRegel::naam).setHeader(getTranslation("organisaties.naam")).setSortable(true).setFlexGrow(3);
        grid.addColumn(OrganisatieRegel::kvkNummer).setHeader(getTranslation("organisaties.kvk")).setAutoWidth(true);
        grid.addColumn(o -> o.type() == null ? "" : o.type().label()).setHeader(getTranslation("organisaties.type"))
                .setAutoWidth(true);
        grid.addColumn(o -> o.werktMetJeugd() ? getTranslation("uitvraag.ja") : getTranslation("uitvraag.nee"))
                .setHeader(getTranslation("organisaties.jeugd")).setAutoWidth(true);
        grid.addColumn(o -> String.join(", ", o.gemeenten())).setHeader(getTranslation("organisaties.gemeenten")).setFlexGrow(2);
        grid.addColumn(o -> o.contactpersonen().stream().map(c -> c.naam()).collect(Collectors.joining(", ")))
                .setHeader(getTranslation("organisaties.contactpersonen")).setFlexGrow(2);
        grid.addComponentColumn(o -> RijKnop.van(getTranslation("checklist.bewerk"), o.naam(),
                e -> new OrganisatieDialog(service, o, this::ververs).open())).setAutoWidth(true);
        add(grid, importSectie());
        ververs();
    }

    private Section importSectie() {
        UI ui = UI.getCurrent();
        Upload upload = new Upload(UploadHandler.inMemory((metadata, inhoud) ->
                ui.access(() -> toonRapport(service.importeer(inhoud)))));
        upload.setAcceptedFileTypes(".csv", "text/csv");
        upload.setMaxFileSize(10 * 1024 * 1024);
        upload.setMaxFiles(1);
        UploadTeksten.nederlands(upload);
        rapport.getElement().setAttribute("aria-live", "polite");
        return new Section(new H2(getTranslation("organisaties.import")),
                new Paragraph(getTranslation("organisaties.import.uitleg")), upload, rapport);
    }

    void toonRapport(ImportRapport verslag) {
        rapport.removeAll();
        if (verslag.bestandsfout() != null) {
            Div fout = new Div(verslag.bestandsfout());
            fout.addClassName("formulier-melding");
            fout.getElement().setAttribute("role", "alert");
            rapport.add(fout);
            return;
        }
        rapport.add(new Paragraph(getTranslation("organisaties.import.samenvatting",
                verslag.aantal(ImportRapport.Uitkomst.TOEGEVOEGD), verslag.aantal(ImportRapport.Uitkomst.BIJGEWERKT),
                verslag.aantal(ImportRapport.Uitkomst.GEWEIGERD))));
        Grid<ImportRapport.Regel> regels = new Grid<>();
        regels.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        regels.addColumn(ImportRapport.Regel::regelnummer).setHeader(getTranslation("organisaties.import.regel")).setAutoWidth(true);
        regels.addColumn(ImportRapport.Regel::naam).setHeader(getTranslation("organisaties.naam"));
        regels.addColumn(r -> r.uitkomst().label()).setHeader(getTranslation("organisaties.import.uitkomst")).setAutoWidth(true);
        regels.addColumn(ImportRapport.Regel::toelichting).setHeader(getTranslation("organisaties.import.reden")).setFlexGrow(3);
        regels.setItems(verslag.regels());
        regels.setAllRowsVisible(verslag.regels().size() <= 50);
        rapport.add(regels);
        ververs();
    }

    private void ververs() {
        grid.setItems(service.organisaties());
    }
}
