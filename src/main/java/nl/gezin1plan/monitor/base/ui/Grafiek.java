package nl.gezin1plan.monitor.base.ui;

import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.dependency.JavaScript;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableBody;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableHeader;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.json.JsonMapper;

/**
 * A bar or line chart drawn by Chart.js (MIT, from its webjar), with the same figures as a table beside it, so
 * that the chart is never the only way to read them. A null figure means "geen gegevens": a gap in the line and
 * those words in the table, never 0.
 */
@JavaScript("context://webjars/chart.js/4.5.1/dist/chart.umd.js")
public class Grafiek extends Div {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final int REGELLENGTE = 24;
    private static final List<String> KLEUREN = List.of("#1a5fb4", "#26a269", "#c64600", "#813d9c", "#5e5c64");

    public record Reeks(String naam, List<? extends Number> waarden) {
    }

    final List<String> labels;
    final List<Reeks> reeksen;

    public Grafiek(String titel, String soort, List<String> labels, List<Reeks> reeksen, String eenheid) {
        this.labels = List.copyOf(labels);
        this.reeksen = List.copyOf(reeksen);
        addClassName("grafiek");
        Div vlak = new Div(new Canvas());
        vlak.addClassName("grafiek-vlak");
        vlak.getElement().setAttribute("role", "img");
        vlak.getElement().setAttribute("aria-label", titel + ". De cijfers staan in de tabel eronder.");
        add(vlak, new Details(getTranslation("grafiek.tabel", titel), tabel(eenheid)));
        if ("barh".equals(soort)) {
            int regels = labels.stream().mapToInt(l -> regels(l).size()).max().orElse(1);
            vlak.getStyle().set("height", Math.max(16, labels.size() * (regels + 1)) + "rem");
        }
        vlak.getElement().executeJs("""
                const canvas = this.querySelector('canvas');
                if (this.$grafiek) { this.$grafiek.destroy(); }
                if (window.Chart) { this.$grafiek = new Chart(canvas, JSON.parse($0)); }""", configuratie(soort, eenheid));
    }

    private String configuratie(String soort, String eenheid) {
        List<Map<String, Object>> datasets = new ArrayList<>();
        for (int i = 0; i < reeksen.size(); i++) {
            Map<String, Object> dataset = new LinkedHashMap<>();
            dataset.put("label", reeksen.get(i).naam());
            dataset.put("data", reeksen.get(i).waarden());
            dataset.put("backgroundColor", KLEUREN.get(i % KLEUREN.size()));
            dataset.put("borderColor", KLEUREN.get(i % KLEUREN.size()));
            datasets.add(dataset);
        }
        boolean liggend = "barh".equals(soort);
        Map<String, Object> waardeAs = new LinkedHashMap<>();
        waardeAs.put("beginAtZero", true);
        waardeAs.put("ticks", Map.of("precision", 0));
        if ("%".equals(eenheid)) {
            waardeAs.put("max", 100);
        }
        Map<String, Object> opties = new LinkedHashMap<>();
        opties.put("responsive", true);
        opties.put("maintainAspectRatio", false);
        opties.put("animation", false);
        opties.put("locale", "nl-NL");
        opties.put("indexAxis", liggend ? "y" : "x");
        opties.put("scales", Map.of(liggend ? "x" : "y", waardeAs, liggend ? "y" : "x", Map.of("ticks", Map.of("autoSkip", false))));
        Map<String, Object> configuratie = Map.of("type", liggend ? "bar" : soort,
                "data", Map.of("labels", labels.stream().map(Grafiek::regels).toList(), "datasets", datasets),
                "options", opties);
        return JSON.writeValueAsString(configuratie);
    }

    /** A long label as lines Chart.js draws under each other, so that a narrow chart does not cut it off. */
    static List<String> regels(String label) {
        List<String> regels = new ArrayList<>();
        StringBuilder regel = new StringBuilder();
        for (String woord : label.split(" ")) {
            if (!regel.isEmpty() && regel.length() + 1 + woord.length() > REGELLENGTE) {
                regels.add(regel.toString());
                regel.setLength(0);
            }
            regel.append(regel.isEmpty() ? "" : " ").append(woord);
        }
        regels.add(regel.toString());
        return regels;
    }

    private NativeTable tabel(String eenheid) {
        NativeTableRow kop = new NativeTableRow(new NativeTableHeaderCell(""));
        reeksen.forEach(r -> kop.add(new NativeTableHeaderCell(r.naam() + (eenheid.isEmpty() ? "" : " (" + eenheid + ")"))));
        NativeTableBody body = new NativeTableBody();
        for (int i = 0; i < labels.size(); i++) {
            NativeTableHeaderCell label = new NativeTableHeaderCell(labels.get(i));
            label.getElement().setAttribute("scope", "row");
            NativeTableRow rij = new NativeTableRow(label);
            for (Reeks reeks : reeksen) {
                Number waarde = reeks.waarden().get(i);
                rij.add(new NativeTableCell(waarde == null ? getTranslation("grafiek.geen-gegevens")
                        : String.valueOf(waarde).replace('.', ',')));
            }
            body.add(rij);
        }
        NativeTable tabel = new NativeTable(new NativeTableHeader(kop), body);
        tabel.addClassName("grafiek-tabel");
        return tabel;
    }

    @Tag("canvas")
    static class Canvas extends com.vaadin.flow.component.Component {
    }
}
