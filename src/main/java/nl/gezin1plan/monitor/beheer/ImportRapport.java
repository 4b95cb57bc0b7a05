package nl.gezin1plan.monitor.beheer;

import java.util.List;

/** What an import did with each row, and why a row was refused. A file-level error means nothing was imported. */
public record ImportRapport(String bestandsfout, List<Regel> regels) {

    public enum Uitkomst {
        TOEGEVOEGD("Toegevoegd"),
        BIJGEWERKT("Bijgewerkt"),
        GEWEIGERD("Geweigerd");

        private final String label;

        Uitkomst(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public record Regel(long regelnummer, String naam, Uitkomst uitkomst, String toelichting) {
    }

    static ImportRapport fout(String melding) {
        return new ImportRapport(melding, List.of());
    }

    public long aantal(Uitkomst uitkomst) {
        return regels.stream().filter(r -> r.uitkomst() == uitkomst).count();
    }
}
