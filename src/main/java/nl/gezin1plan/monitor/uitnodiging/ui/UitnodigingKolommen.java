package nl.gezin1plan.monitor.uitnodiging.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.ToLongFunction;
import java.util.stream.Stream;
import nl.gezin1plan.monitor.base.ui.Formaat;
import nl.gezin1plan.monitor.base.ui.RijKnop;
import nl.gezin1plan.monitor.uitnodiging.UitnodigingBeheerService;
import nl.gezin1plan.monitor.uitnodiging.UitnodigingStand;
import org.springframework.modulith.NamedInterface;

/**
 * The invitation columns of a round overview: per organisation who was invited and how that went, the last reminder
 * (given by the caller, as this module sends none), and (for the beheerder and agendahouder) a button to invite again
 * or invite someone else. Call {@link #laad} with each page of rows, so that the invitations of that page come in one
 * query. The one screen part this module offers others (the round overview in rapportage), hence its named interface.
 */
@NamedInterface("ui")
public class UitnodigingKolommen<T> {

    private final UitnodigingBeheerService service;
    private final Grid<T> grid;
    private final ToLongFunction<T> organisatieId;
    private Map<Long, List<UitnodigingStand>> standen = Map.of();
    private int jaar;

    public UitnodigingKolommen(UitnodigingBeheerService service, Grid<T> grid, ToLongFunction<T> organisatieId,
                               Function<T, String> organisatie, Function<T, String> laatsteHerinnering) {
        this.service = service;
        this.grid = grid;
        this.organisatieId = organisatieId;
        grid.addComponentColumn(this::uitnodiging).setHeader(grid.getTranslation("uitnodiging.kolom"))
                .setWidth("22em").setFlexGrow(2);
        grid.addColumn(laatsteHerinnering::apply).setHeader(grid.getTranslation("uitnodiging.kolom.herinnering")).setAutoWidth(true);
        if (service.magUitnodigen()) {
            grid.addComponentColumn(r -> RijKnop.van(grid.getTranslation("uitnodiging.uitnodigen"), organisatie.apply(r),
                    e -> new UitnodigingDialog(service, jaar, organisatieId.applyAsLong(r), organisatie.apply(r),
                            standen.getOrDefault(organisatieId.applyAsLong(r), List.of()),
                            () -> grid.getDataProvider().refreshAll()).open())).setAutoWidth(true);
        }
    }

    /** Reads the invitations of this page of rows, and gives the rows back for the grid. */
    public Stream<T> laad(int jaarVanRonde, List<T> pagina) {
        jaar = jaarVanRonde;
        standen = service.standen(jaar, pagina.stream().map(organisatieId::applyAsLong).toList());
        return pagina.stream();
    }

    private Component uitnodiging(T rij) {
        List<UitnodigingStand> lijst = standen.getOrDefault(organisatieId.applyAsLong(rij), List.of());
        if (lijst.isEmpty()) {
            return new Span(grid.getTranslation("uitnodiging.niet-uitgenodigd"));
        }
        Div alle = new Div();
        lijst.forEach(stand -> alle.add(regel(grid, stand)));
        return alle;
    }

    static Div regel(Component vertaler, UitnodigingStand stand) {
        Div regel = new Div();
        regel.addClassName("uitnodiging-stand");
        regel.add(new Div(vertaler.getTranslation("uitnodiging.aan", stand.naam(), stand.email())));
        String verloop = vertaler.getTranslation("uitnodiging.verstuurd", Formaat.datumTijd(stand.verstuurd()));
        if (stand.geaccepteerd() != null) {
            verloop += " · " + vertaler.getTranslation("uitnodiging.aangenomen", Formaat.datumTijd(stand.geaccepteerd()));
        } else if (stand.geopend() != null) {
            verloop += " · " + vertaler.getTranslation("uitnodiging.geopend", Formaat.datumTijd(stand.geopend()));
        } else {
            verloop += " · " + vertaler.getTranslation("uitnodiging.niet-geopend");
        }
        regel.add(new Div(verloop));
        if (stand.bezorgingMislukt()) {
            Div mislukt = new Div(vertaler.getTranslation("uitnodiging.bezorging-mislukt", stand.laatsteFout()));
            mislukt.addClassName("bezorging-mislukt");
            regel.add(mislukt);
        }
        return regel;
    }
}
