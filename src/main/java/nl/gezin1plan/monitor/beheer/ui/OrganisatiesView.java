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
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadFormat;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.UploadEvent;
import jakarta.annotation.security.RolesAllowed;
import java.util.stream.Collectors;
import nl.gezin1plan.monitor.base.ui.RijKnop;
import nl.gezin1plan.monitor.base.ui.UploadTeksten;
import nl.gezin1plan.monitor.beheer.ImportRapport;
import nl.gezin1plan.monitor.beheer.OrganisatieImport;
import nl.gezin1plan.monitor.beheer.OrganisatieRegel;
import nl.gezin1plan.monitor.beheer.OrganisatieRegisterService;
import nl.gezin1plan.monitor.security.Rechten;

/** The register of organisations: list, add, edit, and import the lists account managers keep. */
@Route("organisaties")
@PageTitle("Organisaties | 1Gezin1Plan implementatiemonitor")
@RolesAllowed(Rechten.ORGANISATIEREGISTER)
@Menu(title = "menu.organisaties", order = 70)
public class OrganisatiesView extends Main {

    private final OrganisatieRegisterService service;
    private final OrganisatieImport importeur;
    private final Upload upload = new Upload(this::ontvang);
    private volatile ImportRapport ontvangen;
    final Grid<OrganisatieRegel> grid = new Grid<>();
    final Div rapport = new Div();
    final Paragraph voortgangTekst = new Paragraph();
    final ProgressBar voortgang = new ProgressBar();

    public OrganisatiesView(OrganisatieRegisterService service, OrganisatieImport importeur) {
        this.service = service;
        this.importeur = importeur;
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
        upload.setUploadFormat(UploadFormat.RAW);
        upload.setAcceptedFileTypes(".csv", "text/csv");
        upload.setMaxFileSize((int) importeur.maximaleGrootte().toBytes());
        upload.setMaxFiles(1);
        UploadTeksten.nederlands(upload);
        upload.getElement().addEventListener("upload-start", e -> toonBezig());
        upload.addAllFinishedListener(e -> klaar());
        voortgang.getElement().setAttribute("aria-label", getTranslation("organisaties.import.bezig"));
        rapport.getElement().setAttribute("aria-live", "polite");
        return new Section(new H2(getTranslation("organisaties.import")),
                new Paragraph(getTranslation("organisaties.import.uitleg")), upload, rapport);
    }

    /** Runs in the upload's own request, outside the session lock: the file streams straight into the import. */
    private void ontvang(UploadEvent upload) {
        UI ui = upload.getUI();
        ontvangen = importeur.importeer(upload.getFileName(), upload.getInputStream(),
                (verwerkt, totaal) -> ui.access(() -> toonVoortgang(verwerkt, totaal)));
    }

    /** While the import runs the page polls, so that the user sees it progress; there is no server push. */
    void toonBezig() {
        rapport.removeAll();
        voortgang.setIndeterminate(true);
        voortgangTekst.setText(getTranslation("organisaties.import.bezig"));
        rapport.add(voortgangTekst, voortgang);
        getUI().ifPresent(ui -> ui.setPollInterval(1000));
    }

    void toonVoortgang(int verwerkt, int totaal) {
        if (voortgang.getParent().isEmpty()) {
            toonBezig();
        }
        voortgang.setIndeterminate(false);
        voortgang.setValue(totaal == 0 ? 0 : (double) verwerkt / totaal);
        voortgangTekst.setText(getTranslation("organisaties.import.voortgang", verwerkt, totaal));
    }

    void klaar() {
        getUI().ifPresent(ui -> ui.setPollInterval(-1));
        upload.clearFileList();
        ImportRapport verslag = ontvangen;
        ontvangen = null;
        if (verslag == null) {
            toonFout(getTranslation("organisaties.import.mislukt"));
        } else {
            toonRapport(verslag);
        }
    }

    void toonRapport(ImportRapport verslag) {
        rapport.removeAll();
        if (verslag.bestandsfout() != null) {
            toonFout(verslag.bestandsfout());
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

    private void toonFout(String melding) {
        rapport.removeAll();
        Div fout = new Div(melding);
        fout.addClassName("formulier-melding");
        fout.getElement().setAttribute("role", "alert");
        rapport.add(fout);
    }

    private void ververs() {
        grid.setItems(service.organisaties());
    }
}
