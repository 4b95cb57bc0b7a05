package nl.gezin1plan.monitor.beheer;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import nl.gezin1plan.monitor.base.BegrensdeInvoer;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.springframework.util.unit.DataSize;

/**
 * Reads the organisation lists account managers keep: UTF-8 (with or without byte-order mark), separated by
 * semicolons or commas, with a header row. The file is read as a stream and no further than the maximum size; the
 * whole file is read before anything is imported, so a broken, too large or too long file imports nothing.
 */
final class OrganisatieCsv {

    static final String NAAM = "naam";
    static final Set<String> KOLOMMEN = Set.of(NAAM, "kvk", "type", "jeugd", "gemeenten", "contact_naam",
            "contact_email", "contact_rol");
    private static final int LANGSTE_KOPREGEL = 64 * 1024;

    record Rij(long regelnummer, Map<String, String> waarden) {

        String get(String kolom) {
            return waarden.getOrDefault(kolom, "").strip();
        }
    }

    /** The rows, or a message that says what is wrong with the file as a whole. */
    record Gelezen(String fout, List<Rij> rijen) {

        static Gelezen fout(String melding) {
            return new Gelezen(melding, List.of());
        }
    }

    private OrganisatieCsv() {
    }

    static Gelezen lees(InputStream bestand, ImportInstellingen instellingen) {
        BufferedReader lezer = new BufferedReader(new InputStreamReader(
                new BegrensdeInvoer(bestand, instellingen.maximaleGrootte().toBytes()),
                StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT)));
        try {
            return lees(lezer, instellingen.maximaleRijen());
        } catch (BegrensdeInvoer.TeGroot e) {
            return Gelezen.fout(teGroot(instellingen.maximaleGrootte()));
        } catch (CharacterCodingException e) {
            return Gelezen.fout("Het bestand is geen UTF-8-tekst. Sla het in Excel op als 'CSV UTF-8'.");
        } catch (IOException | IllegalArgumentException | IllegalStateException e) {
            return Gelezen.fout("Het bestand kan niet worden gelezen als CSV (controleer aanhalingstekens en "
                    + "scheidingstekens). Er is niets geïmporteerd.");
        }
    }

    private static Gelezen lees(BufferedReader lezer, int maximaleRijen) throws IOException {
        lezer.mark(LANGSTE_KOPREGEL);
        String kop = lezer.readLine();
        lezer.reset();
        if (kop != null && kop.startsWith("\uFEFF")) {
            lezer.skip(1);
            kop = kop.substring(1);
        }
        kop = kop == null ? "" : kop;
        char scheiding = kop.chars().filter(c -> c == ';').count() >= kop.chars().filter(c -> c == ',').count() ? ';' : ',';
        CSVFormat formaat = CSVFormat.DEFAULT.builder().setDelimiter(scheiding).setHeader().setSkipHeaderRecord(true)
                .setIgnoreEmptyLines(true).setTrim(true).get();
        try (CSVParser parser = formaat.parse(lezer)) {
            List<String> kolommen = parser.getHeaderNames().stream().map(k -> k.strip().toLowerCase(Locale.ROOT)).toList();
            if (!kolommen.contains(NAAM)) {
                return Gelezen.fout("De kopregel mist de kolom 'naam'. Verwachte kolommen: naam;kvk;type;jeugd;gemeenten;"
                        + "contact_naam;contact_email;contact_rol (gescheiden door ; of ,).");
            }
            List<Rij> rijen = new ArrayList<>();
            long aantal = 0;
            for (CSVRecord record : parser) {
                if (++aantal <= maximaleRijen) {
                    rijen.add(rij(kolommen, record));
                }
            }
            if (aantal > maximaleRijen) {
                return Gelezen.fout("Het bestand bevat " + getal(aantal) + " organisaties; er kunnen er hoogstens "
                        + getal(maximaleRijen) + " per bestand worden geïmporteerd. Er is niets geïmporteerd; "
                        + "splits het bestand in delen van hoogstens " + getal(maximaleRijen) + " regels.");
            }
            return new Gelezen(null, rijen);
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    private static Rij rij(List<String> kolommen, CSVRecord record) {
        Map<String, String> waarden = new LinkedHashMap<>();
        for (int i = 0; i < Math.min(kolommen.size(), record.size()); i++) {
            if (KOLOMMEN.contains(kolommen.get(i))) {
                waarden.put(kolommen.get(i), record.get(i));
            }
        }
        return new Rij(record.getRecordNumber() + 1, waarden);
    }

    static String teGroot(DataSize maximum) {
        String grootte = maximum.toBytes() % DataSize.ofMegabytes(1).toBytes() == 0
                ? getal(maximum.toMegabytes()) + " MB" : getal(maximum.toKilobytes()) + " kB";
        return "Het bestand is groter dan " + grootte + ". Er is niets geïmporteerd; splits het bestand in kleinere delen.";
    }

    private static String getal(long waarde) {
        return NumberFormat.getIntegerInstance(Locale.forLanguageTag("nl")).format(waarde);
    }
}
