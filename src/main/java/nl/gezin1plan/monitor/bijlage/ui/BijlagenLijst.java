package nl.gezin1plan.monitor.bijlage.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadFormat;
import com.vaadin.flow.server.streams.UploadEvent;
import java.util.List;
import java.util.function.IntConsumer;
import nl.gezin1plan.monitor.base.ui.Formaat;
import nl.gezin1plan.monitor.base.ui.RijKnop;
import nl.gezin1plan.monitor.base.ui.UploadTeksten;
import nl.gezin1plan.monitor.bijlage.Bestandsgrootte;
import nl.gezin1plan.monitor.bijlage.Bijlage;
import nl.gezin1plan.monitor.bijlage.BijlageService;
import nl.gezin1plan.monitor.bijlage.BijlageSoort;
import nl.gezin1plan.monitor.bijlage.GeweigerdeBijlage;

/**
 * The attachments of one object (and, for a question or criterion, its key): each a download link, a delete button
 * where the user may change the object, and an upload that streams the file straight into storage.
 */
public class BijlagenLijst extends Div {

    private final BijlageService service;
    private final BijlageSoort soort;
    private final long onderwerpId;
    private final String sleutel;
    private final String onderwerp;
    private final boolean wijzigbaar;
    private final UnorderedList lijst = new UnorderedList();
    final Paragraph melding = new Paragraph();
    final Upload upload;
    private IntConsumer bijNieuwAantal = aantal -> { };
    private volatile String bewaard;
    private volatile String geweigerd;

    /** @param onderwerp what the attachments belong to, in words, for the accessible names ("Is er een scholingsplan?") */
    public BijlagenLijst(BijlageService service, BijlageSoort soort, long onderwerpId, String sleutel, String onderwerp) {
        this.service = service;
        this.soort = soort;
        this.onderwerpId = onderwerpId;
        this.sleutel = sleutel;
        this.onderwerp = onderwerp;
        this.wijzigbaar = service.magWijzigen(soort, onderwerpId);
        addClassName("bijlagen");
        lijst.getElement().setAttribute("aria-label", getTranslation("bijlage.titel") + " " + onderwerp);
        melding.getElement().setAttribute("aria-live", "polite");
        melding.addClassName("bijlage-melding");
        // The title is the caller's: a tab, a fold-out or a dialog already says "Bijlagen".
        add(lijst);
        upload = wijzigbaar ? upload() : null;
        add(melding);
        toonLijst();
    }

    private Upload upload() {
        Upload nieuw = new Upload(this::ontvang);
        String maximum = Bestandsgrootte.tekst(service.maximaleGrootte().toBytes());
        nieuw.setUploadFormat(UploadFormat.RAW);
        nieuw.setMaxFiles(1);
        nieuw.setMaxFileSize((int) Math.min(Integer.MAX_VALUE, service.maximaleGrootte().toBytes()));
        UploadTeksten.nederlands(nieuw, getTranslation("bijlage.fout.groot", maximum), getTranslation("bijlage.fout.soort"));
        nieuw.setUploadButton(RijKnop.van(getTranslation("bijlage.toevoegen"), onderwerp, e -> { }));
        nieuw.setDropLabel(new Span(getTranslation("bijlage.uitleg", maximum)));
        nieuw.addFileRejectedListener(e -> meld(e.getFileName() + ": " + e.getErrorMessage()));
        nieuw.addAllFinishedListener(e -> klaar());
        add(nieuw);
        return nieuw;
    }

    /** Runs in the upload's own request, outside the session lock: the file streams into storage as it arrives. */
    private void ontvang(UploadEvent bestand) {
        try {
            bewaard = service.voegToe(soort, onderwerpId, sleutel, bestand.getFileName(), bestand.getInputStream())
                    .bestandsnaam();
        } catch (GeweigerdeBijlage e) {
            geweigerd = e.getMessage();
        }
    }

    void klaar() {
        upload.clearFileList();
        if (geweigerd != null) {
            meld(geweigerd);
        } else if (bewaard != null) {
            meld(getTranslation("bijlage.bewaard", bewaard));
        }
        bewaard = null;
        geweigerd = null;
        toonLijst();
    }

    private void toonLijst() {
        lijst.removeAll();
        List<Bijlage> bijlagen = service.lijst(soort, onderwerpId, sleutel);
        bijNieuwAantal.accept(bijlagen.size());
        if (bijlagen.isEmpty()) {
            lijst.add(new ListItem(getTranslation("bijlage.geen")));
        }
        for (Bijlage bijlage : bijlagen) {
            Anchor link = new Anchor(bijlage.adres(), bijlage.bestandsnaam());
            link.setRouterIgnore(true);
            ListItem regel = new ListItem(link, new Span(" (" + Bestandsgrootte.tekst(bijlage.grootte()) + ", "
                    + Formaat.datumTijd(bijlage.geuploadOp()) + ", " + bijlage.geuploadDoor() + ")"));
            if (wijzigbaar) {
                Button verwijder = RijKnop.van(getTranslation("bijlage.verwijder"), bijlage.bestandsnaam(), e -> verwijder(bijlage));
                verwijder.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
                regel.add(verwijder);
            }
            lijst.add(regel);
        }
    }

    /** Called with the number of attachments whenever one is added or deleted. */
    void bijNieuwAantal(IntConsumer luisteraar) {
        bijNieuwAantal = luisteraar;
    }

    private void verwijder(Bijlage bijlage) {
        service.verwijder(bijlage.id());
        meld(getTranslation("bijlage.verwijderd", bijlage.bestandsnaam()));
        toonLijst();
    }

    private void meld(String tekst) {
        melding.setText(tekst);
    }
}
