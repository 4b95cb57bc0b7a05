package nl.gezin1plan.monitor.base.ui;

import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.spring.security.AuthenticationContext;
import nl.gezin1plan.monitor.security.HuidigeGebruiker;
import nl.gezin1plan.monitor.security.Toegang;

/** The application frame: title, who is logged in, and the navigation this user's role may use. */
@Layout
@AnonymousAllowed
public class MainLayout extends AppLayout {

    public MainLayout(Toegang toegang, AuthenticationContext authenticationContext) {
        setPrimarySection(Section.DRAWER);
        Span titel = new Span(getTranslation("app.titel"));
        titel.addClassName("app-titel");
        HorizontalLayout kop = new HorizontalLayout(new DrawerToggle(), titel);
        kop.setAlignItems(HorizontalLayout.Alignment.CENTER);
        kop.addClassName("app-kop");
        toegang.ingelogd().ifPresent(gebruiker -> {
            Span wie = new Span(getTranslation("app.ingelogd-als", gebruiker.naam(),
                    getTranslation("rol." + gebruiker.rol().name())));
            Button uitloggen = new Button(getTranslation("app.uitloggen"), e -> authenticationContext.logout());
            uitloggen.addThemeVariants(ButtonVariant.TERTIARY);
            Anchor account = new Anchor("account", getTranslation("menu.account"));
            HorizontalLayout rechts = new HorizontalLayout(wie, account, uitloggen);
            rechts.setAlignItems(HorizontalLayout.Alignment.CENTER);
            rechts.addClassName("app-gebruiker");
            kop.addAndExpand(new Span());
            kop.add(rechts);
            Nav nav = new Nav(navigatie(gebruiker));
            nav.getElement().setAttribute("aria-label", getTranslation("app.navigatie"));
            Anchor verklaring = new Anchor("toegankelijkheid", getTranslation("app.toegankelijkheid"));
            verklaring.addClassName("app-verklaring");
            addToDrawer(nav, verklaring);
        });
        kop.setWidthFull();
        addToNavbar(kop);
    }

    private SideNav navigatie(HuidigeGebruiker gebruiker) {
        SideNav nav = new SideNav();
        switch (gebruiker.rol()) {
            case AGENDAHOUDER, BEHEERDER, ACCOUNTMANAGER -> nav.addItem(new SideNavItem(getTranslation("menu.dashboard"), "dashboard"));
            case AANDACHTSFUNCTIONARIS, ORGANISATIE -> nav.addItem(new SideNavItem(getTranslation("menu.start"), ""));
        }
        switch (gebruiker.rol()) {
            case AGENDAHOUDER -> {
                nav.addItem(new SideNavItem(getTranslation("menu.gemeente"), "gemeente"));
                nav.addItem(new SideNavItem(getTranslation("menu.checklist-gemeente"),
                        "checklist/gemeente/" + gebruiker.gemeenteId()));
                nav.addItem(new SideNavItem(getTranslation("menu.ronde"), "uitvraag/ronde"));
                nav.addItem(new SideNavItem(getTranslation("menu.voortgang"), "rapportage/voortgang"));
                nav.addItem(new SideNavItem(getTranslation("menu.evaluatie"), "evaluatie"));
                nav.addItem(new SideNavItem(getTranslation("menu.organisaties"), "organisaties"));
            }
            case AANDACHTSFUNCTIONARIS -> nav.addItem(new SideNavItem(getTranslation("menu.checklist-afdeling"),
                    "checklist/afdeling/" + gebruiker.afdelingId()));
            case BEHEERDER -> {
                nav.addItem(new SideNavItem(getTranslation("menu.gemeenten"), "gemeente"));
                nav.addItem(new SideNavItem(getTranslation("menu.ronde"), "uitvraag/ronde"));
                nav.addItem(new SideNavItem(getTranslation("menu.voortgang"), "rapportage/voortgang"));
                nav.addItem(new SideNavItem(getTranslation("menu.evaluatie"), "evaluatie"));
                nav.addItem(new SideNavItem(getTranslation("menu.organisaties"), "organisaties"));
                nav.addItem(new SideNavItem(getTranslation("menu.beheer"), "beheer"));
                nav.addItem(new SideNavItem(getTranslation("menu.audit"), "beheer/audit"));
                nav.addItem(new SideNavItem(getTranslation("menu.mail"), "beheer/mail"));
            }
            case ACCOUNTMANAGER -> {
                nav.addItem(new SideNavItem(getTranslation("menu.gemeenten"), "gemeente"));
                nav.addItem(new SideNavItem(getTranslation("menu.ronde"), "uitvraag/ronde"));
                nav.addItem(new SideNavItem(getTranslation("menu.voortgang"), "rapportage/voortgang"));
                nav.addItem(new SideNavItem(getTranslation("menu.evaluatie"), "evaluatie"));
            }
            case ORGANISATIE -> {
                nav.addItem(new SideNavItem(getTranslation("menu.uitvraag"), "uitvraag"));
                nav.addItem(new SideNavItem(getTranslation("menu.keurmerk"), "keurmerk"));
            }
        }
        return nav;
    }
}
