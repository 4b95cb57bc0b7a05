package nl.gezin1plan.monitor.mail.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import nl.gezin1plan.monitor.base.ui.Formaat;
import nl.gezin1plan.monitor.mail.MailRegel;
import nl.gezin1plan.monitor.mail.UitgaandeMailService;
import nl.gezin1plan.monitor.security.Rechten;

/** The beheerder reads the outbox, newest first, a page at a time, and opens a message to read it. */
@Route("beheer/mail")
@PageTitle("Uitgaande e-mail | 1Gezin1Plan implementatiemonitor")
@RolesAllowed(Rechten.BEHEER)
@Menu(title = "menu.mail", order = 100)
public class UitgaandeMailView extends Main {

    private final UitgaandeMailService service;
    final Grid<MailRegel> grid = new Grid<>();
    final Div bericht = new Div();

    public UitgaandeMailView(UitgaandeMailService service) {
        this.service = service;
        add(new H1(getTranslation("mail.titel")), new Paragraph(getTranslation("mail.uitleg")), tabel(), bericht);
        grid.setItems(query -> service.pagina(query.getOffset(), query.getLimit()).stream(),
                query -> service.aantal());
    }

    private Grid<MailRegel> tabel() {
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setHeight("50vh");
        grid.addColumn(r -> Formaat.datumTijd(r.aangemaakt())).setHeader(getTranslation("mail.aangemaakt")).setAutoWidth(true);
        grid.addColumn(MailRegel::ontvanger).setHeader(getTranslation("mail.ontvanger")).setAutoWidth(true);
        grid.addColumn(MailRegel::onderwerp).setHeader(getTranslation("mail.onderwerp")).setFlexGrow(2);
        grid.addColumn(r -> getTranslation("mail.status." + r.status().name())).setHeader(getTranslation("mail.status"))
                .setAutoWidth(true);
        grid.addColumn(MailRegel::pogingen).setHeader(getTranslation("mail.pogingen")).setAutoWidth(true);
        grid.addColumn(r -> r.laatsteFout() == null ? "" : r.laatsteFout()).setHeader(getTranslation("mail.fout"))
                .setFlexGrow(2);
        grid.asSingleSelect().addValueChangeListener(e -> toon(e.getValue()));
        return grid;
    }

    private void toon(MailRegel regel) {
        bericht.removeAll();
        if (regel != null) {
            bericht.add(new H2(regel.onderwerp()), new TekstMetLinks(service.tekst(regel.id())));
        }
    }
}
