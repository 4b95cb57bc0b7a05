package nl.gezin1plan.monitor.security;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.gezin1plan.monitor.base.ui.Navigatie;
import org.springframework.stereotype.Component;

/** The menu and start page of each role, for the frame in base.ui. */
@Component
class RolNavigatie implements Navigatie {

    private final Toegang toegang;

    RolNavigatie(Toegang toegang) {
        this.toegang = toegang;
    }

    @Override
    public Optional<Aangemeld> aangemeld() {
        return toegang.ingelogd().map(gebruiker ->
                new Aangemeld(gebruiker.naam(), "rol." + gebruiker.rol().name(), menu(gebruiker)));
    }

    @Override
    public String startpagina() {
        HuidigeGebruiker gebruiker = toegang.huidigeGebruiker();
        return switch (gebruiker.rol()) {
            case AGENDAHOUDER, BEHEERDER, ACCOUNTMANAGER -> "dashboard";
            case AANDACHTSFUNCTIONARIS -> "checklist/afdeling/" + gebruiker.afdelingId();
            case ORGANISATIE -> "uitvraag";
        };
    }

    private static List<Menupunt> menu(HuidigeGebruiker gebruiker) {
        List<Menupunt> menu = new ArrayList<>();
        switch (gebruiker.rol()) {
            case AGENDAHOUDER, BEHEERDER, ACCOUNTMANAGER -> menu.add(new Menupunt("menu.dashboard", "dashboard"));
            case AANDACHTSFUNCTIONARIS, ORGANISATIE -> menu.add(new Menupunt("menu.start", ""));
        }
        switch (gebruiker.rol()) {
            case AGENDAHOUDER -> {
                menu.add(new Menupunt("menu.gemeente", "gemeente"));
                menu.add(new Menupunt("menu.checklist-gemeente", "checklist/gemeente/" + gebruiker.gemeenteId()));
                menu.add(new Menupunt("menu.ronde", "uitvraag/ronde"));
                menu.add(new Menupunt("menu.voortgang", "rapportage/voortgang"));
                menu.add(new Menupunt("menu.evaluatie", "evaluatie"));
                menu.add(new Menupunt("menu.organisaties", "organisaties"));
            }
            case AANDACHTSFUNCTIONARIS -> menu.add(new Menupunt("menu.checklist-afdeling",
                    "checklist/afdeling/" + gebruiker.afdelingId()));
            case BEHEERDER -> {
                menu.add(new Menupunt("menu.gemeenten", "gemeente"));
                menu.add(new Menupunt("menu.ronde", "uitvraag/ronde"));
                menu.add(new Menupunt("menu.voortgang", "rapportage/voortgang"));
                menu.add(new Menupunt("menu.evaluatie", "evaluatie"));
                menu.add(new Menupunt("menu.organisaties", "organisaties"));
                menu.add(new Menupunt("menu.beheer", "beheer"));
                menu.add(new Menupunt("menu.audit", "beheer/audit"));
                menu.add(new Menupunt("menu.mail", "beheer/mail"));
            }
            case ACCOUNTMANAGER -> {
                menu.add(new Menupunt("menu.gemeenten", "gemeente"));
                menu.add(new Menupunt("menu.ronde", "uitvraag/ronde"));
                menu.add(new Menupunt("menu.voortgang", "rapportage/voortgang"));
                menu.add(new Menupunt("menu.evaluatie", "evaluatie"));
            }
            case ORGANISATIE -> {
                menu.add(new Menupunt("menu.uitvraag", "uitvraag"));
                menu.add(new Menupunt("menu.keurmerk", "keurmerk"));
            }
        }
        return menu;
    }
}
