package nl.gezin1plan.monitor;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * No module reads or writes another module's tables: each table has one owning module, and the queries of every other
 * module (SQL and JPQL, in the string literals of the main code) name neither that table nor its entity. A module
 * that needs another's data calls its services, or composes the query text the owner publishes (such as
 * {@code organisatie.ScopeVoorwaarde}). Read from the sources, without a Spring context.
 */
class TabelEigendomTest {

    private static final Path BRON = Path.of("src/main/java/nl/gezin1plan/monitor");
    private static final Path MIGRATIES = Path.of("src/main/resources/db/migration");

    /** Every table the migrations create, with the module that owns it. */
    private static final Map<String, String> EIGENAAR = Map.ofEntries(
            Map.entry("regio", "organisatie"), Map.entry("gemeente", "organisatie"),
            Map.entry("afdeling", "organisatie"), Map.entry("organisatie", "organisatie"),
            Map.entry("organisatie_gemeente", "organisatie"), Map.entry("gebruiker", "organisatie"),
            Map.entry("contactpersoon", "organisatie"),
            Map.entry("checklist", "checklist"), Map.entry("checklist_item", "checklist"),
            Map.entry("checklist_item_aud", "checklist"), Map.entry("checklist_sjabloon_item", "checklist"),
            Map.entry("checklist_versie", "checklist"),
            Map.entry("uitvraag", "uitvraag"), Map.entry("uitvraag_ronde", "uitvraag"),
            Map.entry("uitvraag_definitie", "uitvraag"), Map.entry("uitvraag_gebeurtenis", "uitvraag"),
            Map.entry("antwoord", "uitvraag"), Map.entry("antwoord_aud", "uitvraag"),
            Map.entry("keurmerk_oordeel", "keurmerk"), Map.entry("keurmerk_oordeel_aud", "keurmerk"),
            Map.entry("keurmerk_totaal", "keurmerk"), Map.entry("keurmerk_uitslag", "keurmerk"),
            Map.entry("accountgesprek", "rapportage"), Map.entry("dialoogsessie", "rapportage"),
            Map.entry("klantpanel", "rapportage"),
            Map.entry("audit_gebeurtenis", "audit"), Map.entry("audit_overgang", "audit"),
            Map.entry("inlogpoging", "security"), Map.entry("revisie", "security"),
            Map.entry("uitgaande_mail", "mail"),
            Map.entry("herinnering", "herinnering"), Map.entry("herinnering_schema", "herinnering"),
            Map.entry("weekoverzicht_verstuurd", "herinnering"),
            Map.entry("uitnodiging", "uitnodiging"), Map.entry("gebruiker_organisatie", "uitnodiging"),
            Map.entry("wachtwoord_herstel", "account"),
            Map.entry("bijlage", "bijlage"), Map.entry("bijlage_deel", "bijlage"));

    private static final Pattern MAAK_TABEL = Pattern.compile("create table (?:if not exists )?(\\w+)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern TEKSTBLOK = Pattern.compile("\"\"\"(.*?)\"\"\"", Pattern.DOTALL);
    private static final Pattern TEKST = Pattern.compile("\"((?:[^\"\\\\\\n]|\\\\.)*)\"");
    private static final Pattern VERWIJZING = Pattern.compile(
            "\\b(?:from|join|into|update|table)\\s+(\\w+)\\b(?!\\s*\\.)", Pattern.CASE_INSENSITIVE);

    @Test
    void everyTableHasAnOwningModule() throws IOException {
        TreeSet<String> tabellen = new TreeSet<>();
        try (Stream<Path> bestanden = Files.list(MIGRATIES)) {
            for (Path migratie : bestanden.toList()) {
                Matcher m = MAAK_TABEL.matcher(Files.readString(migratie));
                while (m.find()) {
                    tabellen.add(m.group(1).toLowerCase(Locale.ROOT));
                }
            }
        }

        assertThat(EIGENAAR.keySet()).as("tables in the migrations, each with an owner")
                .containsAll(tabellen);
    }

    @Test
    void noModuleQueriesAnotherModulesTablesOrEntities() throws IOException {
        Map<String, String> entiteiten = entiteiten();
        List<String> overtredingen = new ArrayList<>();
        try (Stream<Path> bestanden = Files.walk(BRON)) {
            for (Path bestand : bestanden.filter(p -> p.toString().endsWith(".java")).toList()) {
                String module = BRON.relativize(bestand).getName(0).toString();
                for (String tekst : teksten(Files.readString(bestand))) {
                    Matcher m = VERWIJZING.matcher(tekst);
                    while (m.find()) {
                        String naam = m.group(1);
                        String eigenaar = entiteiten.getOrDefault(naam, EIGENAAR.get(naam.toLowerCase(Locale.ROOT)));
                        if (eigenaar != null && !eigenaar.equals(module)) {
                            overtredingen.add(BRON.relativize(bestand) + ": \"" + m.group() + "\" belongs to "
                                    + eigenaar);
                        }
                    }
                }
            }
        }

        assertThat(overtredingen).isEmpty();
    }

    /** The JPA entities by class name, with their module: JPQL names an entity, not its table. */
    private static Map<String, String> entiteiten() throws IOException {
        Map<String, String> entiteiten = new java.util.HashMap<>();
        try (Stream<Path> bestanden = Files.walk(BRON)) {
            for (Path bestand : bestanden.filter(p -> p.toString().endsWith(".java")).toList()) {
                if (Files.readString(bestand).contains("\n@Entity")) {
                    String naam = bestand.getFileName().toString().replace(".java", "");
                    entiteiten.put(naam, BRON.relativize(bestand).getName(0).toString());
                }
            }
        }
        return entiteiten;
    }

    /** The string literals and text blocks of a source file: where its queries are. */
    private static List<String> teksten(String bron) {
        List<String> teksten = new ArrayList<>();
        Matcher blok = TEKSTBLOK.matcher(bron);
        while (blok.find()) {
            teksten.add(blok.group(1));
        }
        Matcher tekst = TEKST.matcher(TEKSTBLOK.matcher(bron).replaceAll(""));
        while (tekst.find()) {
            teksten.add(tekst.group(1));
        }
        return teksten;
    }
}
