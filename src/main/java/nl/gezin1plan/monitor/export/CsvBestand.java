package nl.gezin1plan.monitor.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import nl.gezin1plan.monitor.base.ui.Formaat;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * A CSV file that Dutch Excel and LibreOffice open right: UTF-8 with a byte-order mark, semicolons, a header
 * row, ISO dates, and every cell that a spreadsheet would run as a formula neutralised.
 */
public final class CsvBestand implements AutoCloseable {

    private static final char BOM = '\uFEFF';
    private static final CSVFormat FORMAAT = CSVFormat.EXCEL.builder().setDelimiter(';').get();

    private final CSVPrinter printer;
    private long regels;

    private CsvBestand(Writer writer, String... kolommen) throws IOException {
        writer.write(BOM);
        this.printer = new CSVPrinter(writer, FORMAAT);
        printer.printRecord((Object[]) kolommen);
    }

    /** Marks the response as a UTF-8 CSV download with this file name. */
    public static void alsBijlage(jakarta.servlet.http.HttpServletResponse response, String bestandsnaam) {
        response.setContentType("text/csv;charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"" + bestandsnaam + "\"");
    }

    public static CsvBestand schrijf(OutputStream out, String... kolommen) {
        try {
            return new CsvBestand(new OutputStreamWriter(out, StandardCharsets.UTF_8), kolommen);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void regel(Object... cellen) {
        List<String> waarden = new ArrayList<>(cellen.length);
        for (Object cel : cellen) {
            waarden.add(neutraliseer(tekst(cel)));
        }
        try {
            printer.printRecord(waarden);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        regels++;
    }

    /** The rows written so far, the header not counted. */
    public long regels() {
        return regels;
    }

    static String tekst(Object cel) {
        return switch (cel) {
            case null -> "";
            case LocalDate datum -> DateTimeFormatter.ISO_LOCAL_DATE.format(datum);
            case Instant moment -> DateTimeFormatter.ISO_LOCAL_DATE.format(moment.atZone(Formaat.TIJDZONE));
            case Boolean waar -> waar ? "ja" : "nee";
            default -> cel.toString();
        };
    }

    /** OWASP's advice on CSV injection: a cell that starts like a formula gets a leading apostrophe. */
    static String neutraliseer(String waarde) {
        if (waarde.isEmpty()) {
            return waarde;
        }
        char eerste = waarde.charAt(0);
        boolean gevaarlijk = eerste == '=' || eerste == '+' || eerste == '-' || eerste == '@'
                || eerste == '\t' || eerste == '\r' || eerste == '\n';
        return gevaarlijk ? "'" + waarde : waarde;
    }

    @Override
    public void close() {
        try {
            printer.close(true);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
