package nl.gezin1plan.monitor.jaarrapport;

import static nl.gezin1plan.monitor.jaarrapport.HtmlTabel.alinea;
import static nl.gezin1plan.monitor.jaarrapport.HtmlTabel.datum;
import static nl.gezin1plan.monitor.jaarrapport.HtmlTabel.tekst;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.gezin1plan.monitor.base.ui.Formaat;
import nl.gezin1plan.monitor.keurmerk.CriteriumUitslag;
import nl.gezin1plan.monitor.uitvraag.AntwoordTekst;
import nl.gezin1plan.monitor.uitvraag.Sectie;
import nl.gezin1plan.monitor.uitvraag.UitvraagGebeurtenis;
import nl.gezin1plan.monitor.uitvraag.UitvraagWeergave;
import nl.gezin1plan.monitor.uitvraag.Vraag;

/** Fills the template {@code jaarrapport/organisatierapport.html}: each {@code {{section}}} gets escaped XHTML. */
final class OrganisatierapportHtml {

    private static final Sjabloon SJABLOON = new Sjabloon("/jaarrapport/organisatierapport.html");

    private OrganisatierapportHtml() {
    }

    static String van(Organisatierapport r) {
        Map<String, String> delen = new LinkedHashMap<>();
        delen.put("titel", tekst("Rapport 1Gezin1Plan " + r.organisatie() + " " + r.jaar()));
        delen.put("onderwerp", "Uitvraag, keurmerk en oordelen van de gemeente over één organisatie (1Gezin1Plan)");
        delen.put("gemaaktOp", datum(r.gemaaktOp()));
        delen.put("gegevens", gegevens(r));
        delen.put("antwoorden", antwoorden(r.uitvraag()));
        delen.put("keurmerk", keurmerk(r));
        delen.put("oordelen", oordelen(r));
        delen.put("verloop", verloop(r.uitvraag()));
        delen.put("historie", historie(r));
        return SJABLOON.vul(delen);
    }

    private static String gegevens(Organisatierapport r) {
        UitvraagWeergave u = r.uitvraag();
        return new HtmlTabel("De organisatie en haar uitvraag " + r.jaar(), List.of("Gegeven", "Waarde"))
                .rij("Organisatie", u.organisatie())
                .rij("KvK-nummer", r.kvkNummer() == null ? "niet bekend" : r.kvkNummer())
                .rij("Werkt met jeugdigen onder 23 jaar", u.werktMetJeugd() ? "ja" : "nee")
                .rij("Status van de uitvraag", u.status().label())
                .rij("Uiterste datum", u.deadline())
                .rij("Ingediend op", u.ingediendOp() == null ? "niet ingediend" : Formaat.datumTijd(u.ingediendOp()))
                .rij("Verplichte vragen beantwoord", u.beantwoord() + " van " + u.teBeantwoorden())
                .html();
    }

    /** Per section the questions that apply to the organisation, each with its answer in words. */
    private static String antwoorden(UitvraagWeergave u) {
        StringBuilder html = new StringBuilder();
        for (Sectie sectie : u.inhoud().secties()) {
            List<Vraag> vragen = sectie.vragen().stream().filter(u::isVanToepassing).toList();
            html.append("<h3>").append(tekst(sectie.titel())).append("</h3>");
            if (vragen.isEmpty()) {
                html.append(alinea("Geen van deze vragen is op de organisatie van toepassing."));
                continue;
            }
            HtmlTabel tabel = new HtmlTabel("antwoorden", "Antwoorden: " + sectie.titel(), List.of("Vraag", "Antwoord"));
            for (Vraag vraag : vragen) {
                String antwoord = AntwoordTekst.van(vraag, u.antwoorden().get(vraag.sleutel()));
                tabel.rij(vraag.tekst(), antwoord == null ? "niet beantwoord" : antwoord);
            }
            html.append(tabel.html());
        }
        return html.toString();
    }

    private static String keurmerk(Organisatierapport r) {
        HtmlTabel tabel = new HtmlTabel("keurmerk", "Keurmerk " + r.jaar() + " per criterium",
                List.of("Criterium", "Soort", "Uitkomst", "Wat ontbreekt"));
        for (CriteriumUitslag c : r.keurmerk().criteria()) {
            tabel.rij(c.criterium().sleutel() + " " + c.criterium().naam(), switch (c.criterium().soort()) {
                case BASISEIS -> "Basiseis";
                case IN_ONTWIKKELING -> "In ontwikkeling";
            }, c.uitkomst().label() + (c.oordeel() == null ? "" : " (oordeel gemeente)"), String.join("; ", c.openPunten()));
        }
        return alinea("Basiseisen keurmerk: " + r.keurmerk().totaal().label() + ".") + tabel.html();
    }

    private static String oordelen(Organisatierapport r) {
        List<CriteriumUitslag> beoordeeld = r.keurmerk().criteria().stream().filter(c -> c.oordeel() != null).toList();
        if (beoordeeld.isEmpty()) {
            return alinea("De gemeente heeft in " + r.jaar() + " geen criterium zelf beoordeeld.");
        }
        HtmlTabel tabel = new HtmlTabel("oordelen", "Oordelen van de gemeente " + r.jaar(),
                List.of("Criterium", "Oordeel", "Reden", "Door", "Op"));
        for (CriteriumUitslag c : beoordeeld) {
            CriteriumUitslag.Oordeel o = c.oordeel();
            tabel.rij(c.criterium().sleutel() + " " + c.criterium().naam(), o.uitkomst().label(), o.reden(),
                    r.wie(o.door()), Formaat.datumTijd(o.op()));
        }
        return tabel.html();
    }

    /** Submitted, reopened and extended, newest first, each with who, when and why. */
    private static String verloop(UitvraagWeergave u) {
        if (u.gebeurtenissen().isEmpty()) {
            return alinea("De uitvraag is nog niet ingediend, heropend of verlengd.");
        }
        HtmlTabel tabel = new HtmlTabel("verloop", "Verloop van de uitvraag " + u.jaar(), List.of("Gebeurtenis", "Door", "Op", "Reden"));
        for (UitvraagWeergave.Gebeurtenis g : u.gebeurtenissen()) {
            String wat = switch (g.soort()) {
                case UitvraagGebeurtenis.INGEDIEND -> "Ingediend";
                case UitvraagGebeurtenis.HEROPEND -> "Heropend";
                case UitvraagGebeurtenis.DEADLINE_VERLENGD -> "Uiterste datum verlengd tot " + datum(g.deadline());
                default -> g.soort();
            };
            tabel.rij(wat, g.wie(), Formaat.datumTijd(g.op()), g.reden());
        }
        return tabel.html();
    }

    private static String historie(Organisatierapport r) {
        HtmlTabel tabel = new HtmlTabel("Uitvraag en keurmerk per jaar",
                List.of("Jaar", "Status", "Verplichte vragen beantwoord", "Keurmerk (basiseisen)"));
        for (Organisatierapport.Jaar jaar : r.historie()) {
            tabel.rij(String.valueOf(jaar.jaar()), jaar.status().label(), jaar.procentBeantwoord() + "%",
                    jaar.keurmerk().label());
        }
        return tabel.html();
    }
}
