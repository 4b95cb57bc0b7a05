package nl.gezin1plan.monitor.beheer;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads the organisation lists account managers keep: UTF-8 (with or without byte-order mark), separated by
 * semicolons or commas, with a header row. The whole file is read before anything is imported, so a broken file
 * imports nothing.
 */
final class OrganisatieCsv {

    static final int MAX_BYTES = 10 * 1024 * 1024;
    static final String NAAM = "naam";
    static final Set<String> KOLOMMEN = Set.of(NAAM, "kvk", "type", "jeugd", "gemeenten", "contact_naam",
            "contact_email", "contact_rol");

    record Rij(long regelnummer, Map<String, String> waarden) {

        String get(String kolom) {
            return waarden.getOrDefault(kolom, "").strip();
        }
    }

    /** The rows, or a message that says what is wrong with the file as a whole. */
    record Gelezen(String fout, List<Rij> rijen) {
    }

    private OrganisatieCsv() {
    }

    static Gelezen lees(byte[] bytes) {
        if (bytes.length > MAX_BYTES) {
            return new Gelezen("Het bestand is groter dan 10 MB.", List.of());
        }
        String tekst;
        try {
            tekst = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return new Gelezen("Het bestand is geen UTF-8-tekst. Sla het in Excel op als 'CSV UTF-8'.", List.of());
        }
        if (tekst.startsWith("\uFEFF")) {
            tekst = tekst.substring(1);
        }
        String kop = tekst.lines().findFirst().orElse("");
        char scheiding = kop.chars().filter(c -> c == ';').count() >= kop.chars().filter(c -> c == ',').count() ? ';' : ',';
        CSVFormat formaat = CSVFormat.DEFAULT.builder().setDelimiter(scheiding).setHeader().setSkipHeaderRecord(true)
                .setIgnoreEmptyLines(true).setTrim(true).get();
        try (CSVParser parser = formaat.parse(new StringReader(tekst))) {
            List<String> kolommen = parser.getHeaderNames().stream().map(k -> k.strip().toLowerCase(Locale.ROOT)).toList();
            if (!kolommen.contains(NAAM)) {
                return new Gelezen("De kopregel mist de kolom 'naam'. Verwachte kolommen: naam;kvk;type;jeugd;gemeenten;"
                        + "contact_naam;contact_email;contact_rol (gescheiden door ; of ,).", List.of());
            }
            List<Rij> rijen = new ArrayList<>();
            for (CSVRecord record : parser) {
                Map<String, String> waarden = new LinkedHashMap<>();
                for (int i = 0; i < Math.min(kolommen.size(), record.size()); i++) {
                    if (KOLOMMEN.contains(kolommen.get(i))) {
                        waarden.put(kolommen.get(i), record.get(i));
                    }
                }
                rijen.add(new Rij(record.getRecordNumber() + 1, waarden));
            }
            return new Gelezen(null, rijen);
        } catch (IOException | UncheckedIOException | IllegalArgumentException | IllegalStateException e) {
            return new Gelezen("Het bestand kan niet worden gelezen als CSV (controleer aanhalingstekens en "
                    + "scheidingstekens). Er is niets geïmporteerd.", List.of());
        }
    }
}
