package nl.gezin1plan.monitor.jaarrapport;

import java.time.LocalDate;
import java.util.List;
import nl.gezin1plan.monitor.base.ui.Formaat;

/**
 * A table with a caption, column headers and a header cell per row, written as XHTML with every text escaped:
 * what screen readers and the PDF's structure tree need to read a row's figures with their headings.
 */
final class HtmlTabel {

    private final StringBuilder html = new StringBuilder();

    HtmlTabel(String bijschrift, List<String> kolommen) {
        this("", bijschrift, kolommen);
    }

    /** A table with a CSS class of the template, e.g. for its column widths. */
    HtmlTabel(String klasse, String bijschrift, List<String> kolommen) {
        html.append(klasse.isEmpty() ? "<table>" : "<table class=\"" + tekst(klasse) + "\">").append("<caption>").append(tekst(bijschrift)).append("</caption><thead><tr>");
        for (String kolom : kolommen) {
            html.append("<th scope=\"col\">").append(tekst(kolom)).append("</th>");
        }
        html.append("</tr></thead><tbody>");
    }

    /** A row: its first cell names it (a row header), the others are data. */
    HtmlTabel rij(String kop, Object... cellen) {
        html.append("<tr><th scope=\"row\">").append(tekst(kop)).append("</th>");
        for (Object cel : cellen) {
            switch (cel) {
                case null -> html.append("<td></td>");
                case Number getal -> html.append("<td class=\"getal\">").append(getal).append("</td>");
                case LocalDate dag -> html.append("<td class=\"datum\">").append(datum(dag)).append("</td>");
                default -> html.append("<td>").append(tekst(cel.toString())).append("</td>");
            }
        }
        html.append("</tr>");
        return this;
    }

    String html() {
        return html + "</tbody></table>";
    }

    /** Text as XHTML character data or attribute value. */
    static String tekst(String tekst) {
        StringBuilder uit = new StringBuilder(tekst.length());
        tekst.codePoints().forEach(c -> {
            switch (c) {
                case '&' -> uit.append("&amp;");
                case '<' -> uit.append("&lt;");
                case '>' -> uit.append("&gt;");
                case '"' -> uit.append("&quot;");
                case '\n', '\t' -> uit.append(' ');
                default -> {
                    // XML 1.0 has no place for other control characters; drop them rather than break the document.
                    if (c >= 0x20 && c != 0xFFFE && c != 0xFFFF) {
                        uit.appendCodePoint(c);
                    }
                }
            }
        });
        return uit.toString();
    }

    /** A Dutch date, dd-MM-yyyy; empty for none. */
    static String datum(LocalDate datum) {
        return Formaat.datum(datum);
    }

    static String alinea(String tekst) {
        return "<p>" + tekst(tekst) + "</p>";
    }
}
