package nl.gezin1plan.monitor.keurmerk.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.function.Consumer;
import nl.gezin1plan.monitor.keurmerk.CriteriumUitslag;
import nl.gezin1plan.monitor.keurmerk.KeurmerkUitslag;
import nl.gezin1plan.monitor.keurmerk.Uitkomst;
import org.springframework.modulith.NamedInterface;

/** Every keurmerk criterion with its outcome in words, what is missing, and the gemeente's judgement. */
@NamedInterface("ui")
public class KeurmerkTabel extends Grid<CriteriumUitslag> {

    public KeurmerkTabel(KeurmerkUitslag uitslag, Consumer<CriteriumUitslag> beoordeel) {
        addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_ROW_STRIPES);
        setAllRowsVisible(true);
        addColumn(c -> c.criterium().naam()).setHeader(getTranslation("keurmerk.criterium")).setFlexGrow(3);
        addColumn(c -> getTranslation("keurmerk." + c.criterium().soort().name()))
                .setHeader(getTranslation("keurmerk.soort")).setAutoWidth(true).setFlexGrow(0);
        addComponentColumn(c -> uitkomst(c.uitkomst())).setHeader(getTranslation("keurmerk.uitkomst"))
                .setAutoWidth(true).setFlexGrow(0);
        addComponentColumn(KeurmerkTabel::openPunten).setHeader(getTranslation("keurmerk.open")).setFlexGrow(3);
        addColumn(c -> c.oordeel() == null ? "" : c.oordeel().uitkomst().label() + " (" + c.oordeel().door() + "): "
                + c.oordeel().reden()).setHeader(getTranslation("keurmerk.oordeel")).setFlexGrow(2);
        if (beoordeel != null) {
            addComponentColumn(c -> new com.vaadin.flow.component.button.Button(getTranslation("keurmerk.beoordelen"),
                    e -> beoordeel.accept(c))).setAutoWidth(true).setFlexGrow(0);
        }
        setItems(uitslag.criteria());
    }

    public static Span uitkomst(Uitkomst uitkomst) {
        Span span = new Span(uitkomst.label());
        span.getElement().getThemeList().add("badge " + switch (uitkomst) {
            case VOLDAAN -> "success";
            case NIET_VOLDAAN -> "error";
            case ONBEKEND, NIET_VAN_TOEPASSING -> "contrast";
        });
        return span;
    }

    private static Component openPunten(CriteriumUitslag uitslag) {
        if (uitslag.openPunten().isEmpty()) {
            return new Div();
        }
        UnorderedList lijst = new UnorderedList();
        uitslag.openPunten().forEach(p -> lijst.add(new ListItem(p)));
        return lijst;
    }
}
