package nl.gezin1plan.monitor.jaarrapport;

import static nl.gezin1plan.monitor.jaarrapport.HtmlTabel.alinea;
import static nl.gezin1plan.monitor.jaarrapport.HtmlTabel.datum;
import static nl.gezin1plan.monitor.jaarrapport.HtmlTabel.tekst;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.gezin1plan.monitor.checklist.ChecklistSamenvatting;
import nl.gezin1plan.monitor.checklist.GemeenteOverzicht;
import nl.gezin1plan.monitor.checklist.ItemRegel;
import nl.gezin1plan.monitor.checklist.Voortgang;
import nl.gezin1plan.monitor.keurmerk.Uitkomst;
import nl.gezin1plan.monitor.rapportage.DialoogsessieGegevens;
import nl.gezin1plan.monitor.rapportage.KlantpanelGegevens;
import nl.gezin1plan.monitor.uitvraag.UitvraagStatus;

/** Fills the template {@code jaarrapport/jaarrapport.html}: each {@code {{section}}} gets escaped XHTML. */
final class JaarrapportHtml {

    private static final Locale NL = Locale.forLanguageTag("nl-NL");
    private static final Sjabloon SJABLOON = new Sjabloon("/jaarrapport/jaarrapport.html");

    private JaarrapportHtml() {
    }

    static String van(Jaarrapport r) {
        Map<String, String> delen = new LinkedHashMap<>();
        delen.put("titel", tekst("Jaarrapport 1Gezin1Plan gemeente " + r.gemeente() + " " + r.jaar()));
        delen.put("onderwerp", "Jaarlijkse evaluatie van de implementatie van 1Gezin1Plan (handreiking G2)");
        delen.put("gemaaktOp", datum(r.gemaaktOp()));
        delen.put("samenvatting", tekst(samenvatting(r)));
        delen.put("checklist", checklist(r));
        delen.put("acties", acties(r));
        delen.put("afdelingen", afdelingen(r.checklist()));
        delen.put("uitvraag", uitvraag(r));
        delen.put("keurmerk", keurmerk(r));
        delen.put("vorigJaar", String.valueOf(r.jaar() - 1));
        delen.put("verandering", verandering(r));
        delen.put("klantpanels", klantpanels(r));
        delen.put("dialoogsessies", dialoogsessies(r));
        return SJABLOON.vul(delen);
    }

    private static String samenvatting(Jaarrapport r) {
        ChecklistSamenvatting eigen = r.checklist().checklist();
        String checklist = eigen == null ? "De gemeentechecklist " + r.jaar() + " is nog niet gestart."
                : "De gemeentechecklist is voor " + eigen.voortgang().procent() + "% gereed ("
                + eigen.voortgang().gereed() + " van " + eigen.voortgang().toepasselijk() + " toepasselijke items), met "
                + aantal(eigen.verlopen(), "verlopen actie", "verlopen acties") + ".";
        Jaarrapport.Uitvraag u = r.uitvraag();
        return checklist + " Van de " + u.organisaties() + " organisaties hebben er " + u.ingediend()
                + " de uitvraag ingediend (" + procent(u.ingediend(), u.organisaties()) + ") en voldoen er "
                + u.keurmerkVoldaan() + " aan het keurmerk.";
    }

    private static String checklist(Jaarrapport r) {
        ChecklistSamenvatting eigen = r.checklist().checklist();
        if (eigen == null) {
            return alinea("De gemeentechecklist voor " + r.jaar() + " is niet gestart.");
        }
        Map<String, Integer> procenten = new LinkedHashMap<>();
        HtmlTabel tabel = new HtmlTabel("Gemeentechecklist " + r.jaar() + " per thema",
                List.of("Thema", "Gereed", "Toepasselijk", "Voortgang"));
        StringBuilder alt = new StringBuilder("Staafdiagram van de voortgang per thema: ");
        eigen.perThema().forEach((thema, v) -> {
            procenten.put(thema, v.procent());
            tabel.rij(thema, v.gereed(), v.toepasselijk(), v.procent() + "%");
            alt.append(thema).append(' ').append(v.procent()).append("%; ");
        });
        tabel.rij("Totaal", eigen.voortgang().gereed(), eigen.voortgang().toepasselijk(), eigen.voortgang().procent() + "%");
        return "<img class=\"grafiek\" src=\"" + Staafdiagram.alsDataUri(procenten) + "\" alt=\""
                + tekst(alt.toString().strip()) + " De cijfers staan ook in de tabel hieronder.\"/>" + tabel.html();
    }

    private static String acties(Jaarrapport r) {
        if (r.openActies().isEmpty()) {
            return alinea("Er staan geen geplande acties open op de gemeentechecklist van " + r.jaar() + ".");
        }
        long verlopen = r.openActies().stream().filter(r::isVerlopen).count();
        HtmlTabel tabel = new HtmlTabel("acties", aantal(r.openActies().size(), "openstaande actie", "openstaande acties") + ", waarvan "
                + verlopen + " verlopen",
                List.of("Item", "Geplande actie", "Verantwoordelijke", "Planning", "Status"));
        for (ItemRegel actie : r.openActies()) {
            tabel.rij(actie.code() + " " + actie.tekst(), actie.geplandeActie(), actie.verantwoordelijke(),
                    actie.planning(), actie.status().label() + (r.isVerlopen(actie) ? ", verlopen" : ""));
        }
        return tabel.html();
    }

    private static String afdelingen(GemeenteOverzicht overzicht) {
        if (overzicht.afdelingen().isEmpty()) {
            return alinea("De gemeente heeft geen uitvoerende afdelingen vastgelegd.");
        }
        HtmlTabel tabel = new HtmlTabel("Afdelingschecklists " + overzicht.jaar(),
                List.of("Afdeling", "Gereed", "Toepasselijk", "Voortgang", "Verlopen acties", "Aandachtsfunctionaris"));
        for (GemeenteOverzicht.AfdelingRegel afdeling : overzicht.afdelingen()) {
            ChecklistSamenvatting s = afdeling.checklist();
            String functionarissen = afdeling.zonderAandachtsfunctionaris() ? "geen"
                    : String.join(", ", afdeling.aandachtsfunctionarissen());
            if (s == null) {
                tabel.rij(afdeling.naam(), "", "", "niet gestart", "", functionarissen);
            } else {
                tabel.rij(afdeling.naam(), s.voortgang().gereed(), s.voortgang().toepasselijk(),
                        s.voortgang().procent() + "%", s.verlopen(), functionarissen);
            }
        }
        return tabel.html();
    }

    private static String uitvraag(Jaarrapport r) {
        Jaarrapport.Uitvraag u = r.uitvraag();
        if (u.organisaties() == 0) {
            return alinea("In " + r.jaar() + " is geen uitvraag gedaan onder organisaties die voor de gemeente werken.");
        }
        HtmlTabel tabel = new HtmlTabel("Organisaties per status van de uitvraag " + r.jaar(),
                List.of("Status", "Organisaties", "Aandeel"));
        for (UitvraagStatus status : UitvraagStatus.values()) {
            long aantal = u.perStatus().getOrDefault(status, 0L);
            tabel.rij(status.label(), aantal, procent(aantal, u.organisaties()));
        }
        tabel.rij("Totaal", u.organisaties(), "100,0%");
        return alinea("Respons: " + u.ingediend() + " van " + u.organisaties() + " organisaties hebben ingediend ("
                + procent(u.ingediend(), u.organisaties()) + "). In " + (r.jaar() - 1) + ": "
                + respons(u.ingediendVorigJaar(), u.organisatiesVorigJaar()) + ".") + tabel.html();
    }

    private static String keurmerk(Jaarrapport r) {
        if (r.keurmerk().isEmpty()) {
            return alinea("Er zijn geen keurmerkuitslagen voor " + r.jaar() + ".");
        }
        HtmlTabel tabel = new HtmlTabel("Organisaties per uitkomst, per criterium",
                List.of("Criterium", "Voldaan", "Niet voldaan", "Onbekend", "Niet van toepassing"));
        r.keurmerk().forEach((criterium, uitkomsten) -> tabel.rij(criterium,
                uitkomsten.getOrDefault(Uitkomst.VOLDAAN, 0L), uitkomsten.getOrDefault(Uitkomst.NIET_VOLDAAN, 0L),
                uitkomsten.getOrDefault(Uitkomst.ONBEKEND, 0L), uitkomsten.getOrDefault(Uitkomst.NIET_VAN_TOEPASSING, 0L)));
        return tabel.html();
    }

    private static String verandering(Jaarrapport r) {
        int vorig = r.jaar() - 1;
        HtmlTabel tabel = new HtmlTabel("Kerncijfers " + vorig + " en " + r.jaar(),
                List.of("Onderwerp", String.valueOf(vorig), String.valueOf(r.jaar())));
        tabel.rij("Gemeentechecklist gereed", voortgang(r.vorigJaar().checklist()), voortgang(r.checklist().checklist()));
        tabel.rij("Afdelingschecklists gereed", afdelingenGereed(r.vorigJaar()), afdelingenGereed(r.checklist()));
        Jaarrapport.Uitvraag u = r.uitvraag();
        // Last year's figure covers only this year's organisations that took part then too, and says so.
        tabel.rij("Organisaties die aan het keurmerk voldoen",
                u.metVorigJaar() == 0 ? "geen gegevens" : u.keurmerkVoldaanVorigJaar() + " van de " + u.metVorigJaar()
                        + " die ook dit jaar meedoen",
                u.keurmerkVoldaan() + " van " + u.organisaties());
        tabel.rij("Respons op de uitvraag", respons(u.ingediendVorigJaar(), u.organisatiesVorigJaar()),
                respons(u.ingediend(), u.organisaties()));
        return tabel.html();
    }

    private static String voortgang(ChecklistSamenvatting samenvatting) {
        return samenvatting == null ? "niet gestart" : samenvatting.voortgang().procent() + "%";
    }

    private static String afdelingenGereed(GemeenteOverzicht overzicht) {
        List<Voortgang> gestart = overzicht.afdelingen().stream().map(GemeenteOverzicht.AfdelingRegel::checklist)
                .filter(java.util.Objects::nonNull).map(ChecklistSamenvatting::voortgang).toList();
        if (gestart.isEmpty()) {
            return "niet gestart";
        }
        int gereed = gestart.stream().mapToInt(Voortgang::gereed).sum();
        int toepasselijk = gestart.stream().mapToInt(Voortgang::toepasselijk).sum();
        return procent(gereed, toepasselijk);
    }

    private static String klantpanels(Jaarrapport r) {
        List<KlantpanelGegevens> panels = r.evaluatie().klantpanels();
        if (panels.isEmpty()) {
            return alinea("In " + r.jaar() + " is geen klantpanel vastgelegd.");
        }
        StringBuilder html = new StringBuilder();
        for (KlantpanelGegevens panel : panels) {
            html.append(new HtmlTabel("Klantpanel van " + datum(panel.datum())
                    + (panel.aantalDeelnemers() == null ? "" : ", " + panel.aantalDeelnemers() + " deelnemers"),
                    List.of("Vraag", "Uitkomst"))
                    .rij("Eén aanspreekpunt", leeg(panel.eenAanspreekpunt()))
                    .rij("Positieve ervaringen", leeg(panel.positief()))
                    .rij("Negatieve ervaringen", leeg(panel.negatief()))
                    .rij("Tips", leeg(panel.tips())).html());
        }
        return html.toString();
    }

    private static String dialoogsessies(Jaarrapport r) {
        List<DialoogsessieGegevens> sessies = r.evaluatie().dialoogsessies();
        if (sessies.isEmpty()) {
            return alinea("In " + r.jaar() + " is geen dialoogsessie vastgelegd.");
        }
        StringBuilder html = new StringBuilder();
        for (DialoogsessieGegevens sessie : sessies) {
            html.append(new HtmlTabel("Dialoogsessie van " + datum(sessie.datum()), List.of("Onderwerp", "Uitkomst"))
                    .rij("Wat gaat goed", leeg(sessie.gaatGoed()))
                    .rij("Aandachtspunten", leeg(sessie.aandachtspunten()))
                    .rij("Evaluatie van de werkwijze", leeg(sessie.evaluatie())).html());
        }
        return html.toString();
    }

    /** "3 van 4 ingediend (75,0%)", or that there was no uitvraag. */
    private static String respons(long ingediend, long organisaties) {
        return organisaties == 0 ? "geen uitvraag" : ingediend + " van " + organisaties + " ingediend ("
                + procent(ingediend, organisaties) + ")";
    }

    /** A share with one decimal and a decimal comma, e.g. "62,5%". */
    static String procent(long deel, long geheel) {
        return geheel == 0 ? "geen gegevens" : String.format(NL, "%.1f%%", 100.0 * deel / geheel);
    }

    private static String aantal(long aantal, String enkelvoud, String meervoud) {
        return aantal + " " + (aantal == 1 ? enkelvoud : meervoud);
    }

    private static String leeg(String tekst) {
        return tekst == null ? "niet ingevuld" : tekst;
    }
}
