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
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.spring.security.AuthenticationContext;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** The application frame: title, who is logged in, and the navigation to what this user may open. */
@Layout
@AnonymousAllowed
public class MainLayout extends AppLayout {

    public MainLayout(Navigatie navigatie, AuthenticationContext authenticationContext) {
        setPrimarySection(Section.DRAWER);
        Span titel = new Span(getTranslation("app.titel"));
        titel.addClassName("app-titel");
        HorizontalLayout kop = new HorizontalLayout(new DrawerToggle(), titel);
        kop.setAlignItems(HorizontalLayout.Alignment.CENTER);
        kop.addClassName("app-kop");
        navigatie.aangemeld().ifPresent(gebruiker -> {
            Span wie = new Span(getTranslation("app.ingelogd-als", gebruiker.naam(),
                    getTranslation(gebruiker.rolSleutel())));
            Button uitloggen = new Button(getTranslation("app.uitloggen"), e -> authenticationContext.logout());
            uitloggen.addThemeVariants(ButtonVariant.TERTIARY);
            Anchor account = new Anchor("account", getTranslation("menu.account"));
            HorizontalLayout rechts = new HorizontalLayout(wie, account, uitloggen);
            rechts.setAlignItems(HorizontalLayout.Alignment.CENTER);
            rechts.addClassName("app-gebruiker");
            kop.addAndExpand(new Span());
            kop.add(rechts);
            Nav nav = new Nav(menu(gebruiker.eigenMenu()));
            nav.getElement().setAttribute("aria-label", getTranslation("app.navigatie"));
            Anchor verklaring = new Anchor("toegankelijkheid", getTranslation("app.toegankelijkheid"));
            verklaring.addClassName("app-verklaring");
            addToDrawer(nav, verklaring);
        });
        kop.setWidthFull();
        addToNavbar(kop);
    }

    /** The views' own {@code @Menu} entries this user may open, and the entries into their own scope. */
    private SideNav menu(List<Navigatie.Menupunt> eigen) {
        List<Navigatie.Menupunt> menu = new ArrayList<>(eigen);
        MenuConfiguration.getMenuEntries().forEach(entry -> menu.add(new Navigatie.Menupunt(entry.title(),
                entry.path().startsWith("/") ? entry.path().substring(1) : entry.path(),
                entry.order() == null ? Double.MAX_VALUE : entry.order())));
        menu.sort(Comparator.comparingDouble(Navigatie.Menupunt::volgorde));
        SideNav nav = new SideNav();
        menu.forEach(punt -> nav.addItem(new SideNavItem(getTranslation(punt.tekstSleutel()), punt.pad())));
        return nav;
    }
}
