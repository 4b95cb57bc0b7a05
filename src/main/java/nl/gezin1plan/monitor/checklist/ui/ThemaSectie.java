package nl.gezin1plan.monitor.checklist.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import nl.gezin1plan.monitor.base.ui.Formaat;
import nl.gezin1plan.monitor.base.ui.RijKnop;
import nl.gezin1plan.monitor.checklist.ItemRegel;
import nl.gezin1plan.monitor.checklist.Voortgang;

/** One theme of a checklist: heading, progress bar and the (filtered) items in a grid. */
class ThemaSectie extends Section {

    final Grid<ItemRegel> grid = new Grid<>();

    ThemaSectie(String thema, List<ItemRegel> alle, List<ItemRegel> zichtbaar, LocalDate vandaag,
                Consumer<ItemRegel> open) {
        addClassName("thema");
        Voortgang voortgang = Voortgang.van(alle.stream().map(ItemRegel::status).toList());
        add(new H2(thema));
        add(new VoortgangBalk(getTranslation("checklist.voortgang-thema", voortgang.gereed(), voortgang.toepasselijk()),
                voortgang, false));
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_ROW_STRIPES);
        grid.setAllRowsVisible(true);
        grid.addColumn(ItemRegel::code).setHeader(getTranslation("checklist.kolom.nummer")).setAutoWidth(true)
                .setFlexGrow(0);
        grid.addComponentColumn(this::itemCel).setHeader(getTranslation("checklist.kolom.item")).setFlexGrow(4);
        grid.addColumn(ItemRegel::geplandeActie).setHeader(getTranslation("checklist.kolom.actie")).setFlexGrow(3);
        grid.addColumn(ItemRegel::verantwoordelijke).setHeader(getTranslation("checklist.kolom.verantwoordelijke"))
                .setAutoWidth(true).setFlexGrow(1);
        grid.addComponentColumn(i -> planningCel(i, vandaag)).setHeader(getTranslation("checklist.kolom.planning"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(i -> i.status().label()).setHeader(getTranslation("checklist.kolom.status")).setAutoWidth(true)
                .setFlexGrow(0);
        grid.addComponentColumn(i -> {
            Button knop = RijKnop.van(getTranslation("checklist.bewerk"), i.code(), e -> open.accept(i));
            knop.addThemeVariants(ButtonVariant.SMALL);
            return knop;
        }).setAutoWidth(true).setFlexGrow(0);
        grid.setPartNameGenerator(i -> i.isVerlopen(vandaag) ? "verlopen" : null);
        grid.setItems(zichtbaar);
        grid.addItemDoubleClickListener(e -> open.accept(e.getItem()));
        add(grid);
    }

    private Component itemCel(ItemRegel item) {
        Div cel = new Div(new Span(item.tekst()));
        if (item.optioneel()) {
            cel.add(badge(getTranslation("checklist.optioneel"), "contrast"));
        }
        if (item.keurmerk()) {
            cel.add(badge(getTranslation("checklist.keurmerk"), "success"));
        }
        return cel;
    }

    private Component planningCel(ItemRegel item, LocalDate vandaag) {
        Div cel = new Div(new Span(Formaat.datum(item.planning())));
        if (item.isVerlopen(vandaag)) {
            cel.add(badge(getTranslation("checklist.verlopen"), "error"));
        }
        return cel;
    }

    private static Span badge(String tekst, String soort) {
        Span badge = new Span(tekst);
        badge.getElement().getThemeList().add("badge " + soort);
        badge.addClassName("label");
        return badge;
    }
}
